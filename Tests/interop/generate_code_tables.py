#!/usr/bin/env python3
"""Generates the Swift event-code tables of VigieProtocols from the research CSV files.

Usage: python3 Tests/interop/generate_code_tables.py [path/to/research]  (default: Tests/Fixtures/research)

The CSV files (facts from DC-03 / DC-05 via siadc09 and pysiaalarm) give code, name, address
type and description. The Vigie category and the alarm/restore/status meaning of each code are
decided here, by family rules plus explicit overrides, so that the choice is reviewable in one
place. `CodeTableTests` checks that every CSV row is present in the generated tables.

event_code_names_fr.csv gives Vigie's French name of every code (the words of French
télésurveillance, for the French console), and for Contact ID the French text of qualifier 1 and 3
where the name alone does not say it. A code without a French name stops the generation.

The output is passed through `swift format` with the repository's .swift-format, so that running
the script again on unchanged CSV files leaves the committed Swift files byte for byte as they are.
"""
import csv
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RESEARCH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Tests", "Fixtures", "research")
OUT = os.path.join(ROOT, "Sources", "VigieProtocols", "CodeTables")

# ---------------------------------------------------------------- SIA DC-03 ------------------
# Family letter -> category of its alarm (xA), alarm restore (xH), restoral (xR) codes.
SIA_FAMILY = {
    "B": "burglary", "F": "fire", "H": "holdUp", "P": "panic", "M": "medical", "Q": "medical",
    "G": "environmental", "K": "environmental", "W": "environmental", "Z": "environmental",
    "S": "fire", "U": "burglary", "T": "tamper",
}
SIA_OVERRIDES = {
    # code: (category, qualifier)
    "AA": ("tamper", "alarm"), "AB": ("info", "status"), "AF": ("closing", "status"),
    "AN": ("technical", "restore"), "AR": ("technical", "restore"), "AS": ("technical", "alarm"),
    "AT": ("technical", "alarm"),
    "BC": ("burglary", "restore"), "BD": ("technical", "alarm"), "BE": ("technical", "restore"),
    "BS": ("technical", "alarm"), "BV": ("burglary", "alarm"), "BX": ("supervision", "status"),
    "BZ": ("technical", "alarm"),
    "CA": ("closing", "status"), "CB": ("opening", "status"), "CC": ("info", "status"),
    "CD": ("supervision", "alarm"), "CE": ("info", "status"), "CF": ("closing", "status"),
    "CG": ("closing", "status"), "CI": ("supervision", "alarm"), "CJ": ("closing", "status"),
    "CK": ("closing", "status"), "CL": ("closing", "status"), "CM": ("burglary", "alarm"),
    "CO": ("info", "status"), "CP": ("closing", "status"), "CQ": ("closing", "status"),
    "CR": ("info", "status"), "CS": ("closing", "status"), "CT": ("supervision", "alarm"),
    "CW": ("closing", "status"), "CX": ("info", "status"), "CZ": ("closing", "status"),
    "DA": ("info", "status"), "DB": ("info", "status"), "DC": ("info", "status"),
    "DD": ("info", "status"), "DE": ("info", "status"), "DF": ("burglary", "alarm"),
    "DG": ("info", "status"), "DH": ("burglary", "restore"), "DI": ("info", "status"),
    "DJ": ("technical", "alarm"), "DK": ("info", "status"), "DL": ("burglary", "alarm"),
    "DM": ("technical", "alarm"), "DN": ("info", "status"), "DO": ("info", "status"),
    "DP": ("info", "status"), "DQ": ("info", "status"), "DR": ("burglary", "restore"),
    "DS": ("info", "status"), "DT": ("technical", "alarm"), "DU": ("info", "status"),
    "DV": ("info", "status"), "DW": ("info", "status"), "DX": ("info", "status"),
    "DY": ("info", "status"), "DZ": ("info", "status"),
    "EA": ("burglary", "alarm"), "EE": ("burglary", "alarm"), "EJ": ("tamper", "restore"),
    "EM": ("technical", "alarm"), "EN": ("technical", "restore"), "ER": ("technical", "restore"),
    "ES": ("tamper", "alarm"), "ET": ("technical", "alarm"), "EX": ("technical", "status"),
    "EZ": ("burglary", "alarm"),
    "FC": ("fire", "restore"), "FI": ("supervision", "status"), "FK": ("supervision", "status"),
    "FL": ("fire", "status"), "FQ": ("technical", "restore"), "FS": ("technical", "alarm"),
    "FV": ("technical", "restore"), "FW": ("technical", "alarm"), "FX": ("supervision", "status"),
    "FY": ("technical", "alarm"), "FZ": ("technical", "alarm"),
    "GS": ("technical", "alarm"), "GX": ("supervision", "status"),
    "HS": ("technical", "alarm"), "KS": ("technical", "alarm"), "MS": ("technical", "alarm"),
    "PS": ("technical", "alarm"), "QS": ("technical", "alarm"), "SS": ("technical", "alarm"),
    "US": ("technical", "alarm"), "WS": ("technical", "alarm"), "ZS": ("technical", "alarm"),
    "IA": ("technical", "alarm"), "IR": ("technical", "restore"),
    "JA": ("tamper", "alarm"), "JC": ("tamper", "restore"), "JD": ("info", "status"),
    "JH": ("info", "status"), "JK": ("info", "status"), "JL": ("technical", "status"),
    "JO": ("technical", "alarm"), "JP": ("info", "status"), "JR": ("info", "status"),
    "JS": ("info", "status"), "JT": ("info", "status"), "JV": ("info", "status"),
    "JX": ("info", "status"), "JY": ("info", "status"), "JZ": ("info", "status"),
    "LB": ("info", "status"), "LD": ("info", "status"), "LE": ("info", "status"),
    "LF": ("info", "status"), "LR": ("technical", "restore"), "LS": ("info", "status"),
    "LT": ("technical", "alarm"), "LU": ("info", "status"), "LX": ("info", "status"),
    "MI": ("info", "status"),
    "NA": ("supervision", "alarm"), "NB": ("closing", "status"), "NC": ("technical", "status"),
    "ND": ("duress", "alarm"), "NE": ("info", "status"), "NF": ("closing", "status"),
    "NL": ("closing", "status"), "NM": ("closing", "status"), "NO": ("opening", "status"),
    "NP": ("opening", "status"), "NR": ("technical", "restore"), "NS": ("supervision", "restore"),
    "NT": ("technical", "alarm"),
    "OA": ("opening", "status"), "OB": ("opening", "status"), "OC": ("info", "status"),
    "OG": ("opening", "status"), "OH": ("opening", "status"), "OI": ("supervision", "alarm"),
    "OJ": ("opening", "status"), "OK": ("opening", "status"), "OL": ("opening", "status"),
    "OP": ("opening", "status"), "OQ": ("opening", "status"), "OR": ("opening", "status"),
    "OS": ("opening", "status"), "OT": ("supervision", "alarm"), "OU": ("technical", "alarm"),
    "OV": ("technical", "restore"), "OZ": ("opening", "status"),
    "PC": ("info", "status"), "PD": ("info", "status"), "PE": ("info", "status"),
    "PF": ("technical", "alarm"), "PG": ("info", "status"), "PO": ("technical", "restore"),
    "RA": ("technical", "alarm"), "RB": ("info", "status"), "RC": ("info", "status"),
    "RD": ("info", "status"), "RN": ("info", "status"), "RO": ("info", "status"),
    "RP": ("supervision", "status"), "RR": ("technical", "restore"), "RS": ("info", "status"),
    "RT": ("technical", "alarm"), "RU": ("info", "status"), "RX": ("supervision", "status"),
    "RY": ("supervision", "alarm"),
    "SC": ("info", "status"), "SM": ("technical", "alarm"),
    "TC": ("supervision", "status"), "TE": ("supervision", "status"), "TP": ("supervision", "status"),
    "TS": ("supervision", "status"), "TW": ("info", "status"), "TX": ("supervision", "status"),
    "TZ": ("info", "status"),
    "UX": ("burglary", "alarm"), "UY": ("technical", "alarm"), "UZ": ("burglary", "alarm"),
    "VI": ("technical", "restore"), "VO": ("technical", "alarm"), "VR": ("technical", "restore"),
    "VT": ("technical", "alarm"), "VX": ("technical", "status"), "VY": ("technical", "restore"),
    "VZ": ("technical", "alarm"),
    "XA": ("info", "status"), "XC": ("technical", "restore"), "XE": ("technical", "alarm"),
    "XF": ("technical", "alarm"), "XH": ("technical", "restore"), "XI": ("info", "status"),
    "XJ": ("tamper", "restore"), "XL": ("technical", "alarm"), "XM": ("burglary", "alarm"),
    "XQ": ("technical", "alarm"), "XR": ("technical", "restore"), "XS": ("tamper", "alarm"),
    "XT": ("technical", "alarm"), "XW": ("bypass", "alarm"), "XX": ("supervision", "alarm"),
    "YA": ("technical", "alarm"), "YB": ("info", "status"), "YC": ("technical", "alarm"),
    "YD": ("technical", "alarm"), "YE": ("technical", "restore"), "YF": ("technical", "alarm"),
    "YG": ("info", "status"), "YH": ("technical", "restore"), "YI": ("technical", "alarm"),
    "YJ": ("technical", "restore"), "YK": ("technical", "restore"), "YM": ("technical", "alarm"),
    "YN": ("technical", "alarm"), "YO": ("technical", "alarm"), "YP": ("technical", "alarm"),
    "YQ": ("technical", "restore"), "YR": ("technical", "restore"), "YS": ("technical", "alarm"),
    "YT": ("technical", "alarm"), "YU": ("technical", "alarm"), "YW": ("technical", "status"),
    "YX": ("technical", "alarm"), "YY": ("info", "status"), "YZ": ("technical", "restore"),
    "ZY": ("info", "status"), "ZZ": ("info", "status"),
}


def sia_mapping(code):
    if code in SIA_OVERRIDES:
        return SIA_OVERRIDES[code]
    family, kind = code[0], code[1]
    base = SIA_FAMILY.get(family)
    if base is None:
        raise SystemExit(f"no rule for SIA code {code}")
    if kind in "AMG":
        return (base, "alarm")
    if kind in "HR":
        return (base, "restore")
    if kind == "B":
        return ("bypass", "alarm")
    if kind == "U":
        return ("bypass", "restore")
    if kind == "T":
        return ("tamper", "alarm") if family == "T" else ("technical", "alarm")
    if kind == "J":
        return ("tamper", "restore") if family == "T" else ("technical", "restore")
    if kind == "X":
        return ("supervision", "status")
    raise SystemExit(f"no rule for SIA code {code}")


def address_kind(text):
    t = (text or "").lower()
    if t.startswith("user") or t == "dealer":
        return ".user"
    if t.startswith("area"):
        return ".area"
    if t.startswith("zone") or t in ("point", "door", "expander", "device", "output", "relay",
                                    "receiver", "line", "linecard", "printer", "network", "hub",
                                    "fire zone", "24 hour zone", "burglary zone", "access zone",
                                    "access point", "vault zone", "vent zone", "intrusion zone",
                                    "panic zone", "zone/sensor"):
        return ".zone"
    if t in ("", "none", "unused"):
        return ".none"
    return ".other"


def swift_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- Contact ID -----------------
def cid_category(code, name):
    c = int(code)
    special = {
        102: "loneWorker", 121: "duress", 122: "holdUp", 123: "holdUp", 124: "duress", 125: "duress",
        126: "holdUp", 129: "panic", 137: "tamper", 141: "technical", 142: "technical",
        143: "technical", 144: "tamper", 145: "tamper", 147: "technical", 155: "burglary",
        156: "burglary", 316: "tamper", 317: "tamper", 341: "tamper", 383: "tamper",
        374: "burglary", 345: "info", 404: "supervision", 405: "info", 406: "info",
        411: "info", 412: "info", 413: "info", 414: "info", 415: "info", 416: "info",
        423: "burglary", 426: "burglary", 427: "technical", 428: "technical", 432: "technical",
        450: "supervision", 451: "supervision", 452: "supervision", 453: "supervision",
        454: "supervision", 455: "supervision", 457: "burglary", 458: "info", 459: "info",
        461: "tamper", 462: "info", 463: "closing", 464: "info", 465: "panic", 466: "info",
        531: "info", 532: "info", 554: "technical", 555: "technical",
        605: "info", 606: "info", 609: "info", 616: "technical",
        641: "medical", 642: "info", 643: "info", 645: "medical", 646: "medical", 647: "medical",
        654: "supervision", 704: "supervision",
        904: "technical", 910: "closing", 911: "closing", 912: "info", 920: "burglary",
        921: "info", 922: "technical", 923: "bypass", 924: "technical", 925: "bypass",
        926: "technical", 927: "technical", 928: "info", 929: "info", 954: "technical",
        961: "technical", 962: "info",
    }
    if c in special:
        return special[c]
    if 100 <= c <= 109: return "medical"
    if 110 <= c <= 119: return "fire"
    if 120 <= c <= 129: return "panic"
    if 130 <= c <= 149: return "burglary"
    if 150 <= c <= 199: return "environmental"
    if 200 <= c <= 299: return "technical"
    if 300 <= c <= 399: return "technical"
    if 400 <= c <= 409 or 440 <= c <= 459: return "openClose"
    if 410 <= c <= 439: return "info"
    if 460 <= c <= 469: return "info"
    if 470 <= c <= 479: return "bypass"
    if 500 <= c <= 579: return "bypass"
    if 600 <= c <= 619: return "supervision"
    if 620 <= c <= 699: return "info"
    if 700 <= c <= 789: return "info"
    if 790 <= c <= 799: return "technical"
    if 900 <= c <= 903: return "info"
    if 913 <= c <= 919: return "supervision"
    raise SystemExit(f"no rule for CID code {code}")


def swift_optional(s):
    return swift_string(s) if s else "nil"


def french_names():
    """(format, code) -> French row; every code of both tables must have a name."""
    rows = csv.DictReader(open(os.path.join(RESEARCH, "event_code_names_fr.csv"), encoding="utf-8"))
    return {(r["format"], r["code"]): r for r in rows}


def french(names, fmt, code):
    row = names.get((fmt, code))
    if row is None or not row["name_fr"].strip():
        raise SystemExit(f"no French name for {fmt} code {code} in event_code_names_fr.csv")
    return row


def main():
    names = french_names()
    sia_rows = list(csv.DictReader(open(os.path.join(RESEARCH, "sia_dc03_event_codes.csv"), encoding="utf-8")))
    lines = [
        "// Generated by Tests/interop/generate_code_tables.py from sia_dc03_event_codes.csv and",
        "// event_code_names_fr.csv. Do not edit.",
        "// Category and qualifier choices are made in that script.",
        "",
        "import VigieCore",
        "",
        "extension SIACodeTable {",
        "    /// Every SIA DC-03 code (and the Ajax vendor codes) known to Vigie.",
        "    static let entries: [SIACodeInfo] = [",
    ]
    for r in sia_rows:
        cat, qual = sia_mapping(r["code"])
        vendor = "true" if "vendor" in r["origin"] else "false"
        fr = french(names, "sia", r["code"])
        lines.append(
            f"        SIACodeInfo({swift_string(r['code'])}, {swift_string(r['name'])}, "
            f"{swift_string(r['description'])}, {address_kind(r['address_field'])}, .{cat}, .{qual}, vendor: {vendor}, "
            f"french: {swift_string(fr['name_fr'])}),"
        )
    lines += ["    ]", "}", ""]
    sia_path = os.path.join(OUT, "SIACodeTable+Entries.swift")
    open(sia_path, "w", encoding="utf-8").write("\n".join(lines))

    cid_rows = list(csv.DictReader(open(os.path.join(RESEARCH, "contact_id_event_codes.csv"), encoding="utf-8")))
    lines = [
        "// Generated by Tests/interop/generate_code_tables.py from contact_id_event_codes.csv and",
        "// event_code_names_fr.csv. Do not edit.",
        "// Category choices are made in that script; `.openClose` resolves by qualifier at decode time.",
        "",
        "import VigieCore",
        "",
        "extension ContactIDCodeTable {",
        "    /// Every Contact ID (DC-05) event code known to Vigie.",
        "    static let entries: [ContactIDCodeInfo] = [",
    ]
    for r in cid_rows:
        name = r["name"] or r["class_2digit"] or "Reserved"
        cat = cid_category(r["code"], name)
        cat_expr = ".openClose" if cat == "openClose" else f".fixed(.{cat})"
        ev = swift_optional(r["event_text_q1"])
        rs = swift_optional(r["restore_text_q3"])
        fr = french(names, "contactID", r["code"])
        lines.append(
            f"        ContactIDCodeInfo({int(r['code'])}, {swift_string(name)}, {address_kind(r['address_type'])}, "
            f"{cat_expr}, eventText: {ev}, restoreText: {rs}, french: {swift_string(fr['name_fr'])}, "
            f"frenchEventText: {swift_optional(fr['event_text_fr'])}, frenchRestoreText: {swift_optional(fr['restore_text_fr'])}),"
        )
    lines += ["    ]", "}", ""]
    cid_path = os.path.join(OUT, "ContactIDCodeTable+Entries.swift")
    open(cid_path, "w", encoding="utf-8").write("\n".join(lines))

    known = {("sia", r["code"]) for r in sia_rows} | {("contactID", r["code"]) for r in cid_rows}
    extra = sorted(set(names) - known)
    if extra:
        raise SystemExit(f"French names for codes that are in no table: {extra}")
    subprocess.run(["swift", "format", "format", "-i", sia_path, cid_path], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
