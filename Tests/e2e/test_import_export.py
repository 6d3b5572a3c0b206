"""`vigie import` and `vigie export` on a real data directory: all or nothing, round trip, and a large base."""
import csv
import time

from station import vigie


def write_base(folder, sites: int, zones_per_site: int = 5, contacts_per_site: int = 3, bad_line: bool = False):
    """Writes customers/sites/transmitters/zones/contacts CSV files as an ARC's old product would export them."""
    folder.mkdir(parents=True, exist_ok=True)
    customers = max(1, sites // 10)
    with open(folder / "clients.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Référence", "Nom", "Type", "Téléphone"])
        for c in range(customers):
            w.writerow([f"C{c:05}", f"Client {c}", "business", "04 78 00 00 00"])
    with open(folder / "sites.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer", "reference", "name", "street", "postal_code", "city", "risk"])
        for s in range(sites):
            postal = "690" if bad_line and s == sites // 2 else f"69{s % 1000:03}"
            w.writerow([f"C{s % customers:05}", f"S{s:06}", f"Site {s}", f"{s} rue de la Gare", postal, "Lyon", "medium"])
    with open(folder / "transmitters.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["site", "account", "receiver", "line", "protocol"])
        for s in range(sites):
            w.writerow([f"S{s:06}", f"{0x100000 + s:X}", "1", "1", "dc09SIA"])
    with open(folder / "zones.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["site", "number", "type", "description"])
        for s in range(sites):
            for z in range(1, zones_per_site + 1):
                w.writerow([f"S{s:06}", z, "interior", f"Détecteur {z}"])
    with open(folder / "contacts.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["site", "call_order", "name", "phones", "code_word", "keyholder"])
        for s in range(sites):
            for c in range(1, contacts_per_site + 1):
                w.writerow([f"S{s:06}", c, f"Contact {c}", f"mobile: 06 00 00 {c:02} {s % 100:02}", f"mot{c}", "oui" if c == 1 else "non"])
    return sorted(str(p) for p in folder.glob("*.csv"))


def test_a_bad_line_writes_nothing_and_an_export_imports_back(tmp_path):
    data = str(tmp_path / "station")
    bad = write_base(tmp_path / "bad", sites=40, bad_line=True)
    refused = vigie("import", "--data", data, *bad)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "sites.csv:22: postal_code: must be five digits in France" in refused.stdout
    assert "nothing was written" in refused.stdout

    good = write_base(tmp_path / "good", sites=40)
    dry = vigie("import", "--data", data, "--dry-run", *good)
    assert dry.returncode == 0 and "would make 404 created" in dry.stdout, dry.stdout
    empty = vigie("export", "--data", data, "--output", str(tmp_path / "empty"))
    assert "exported 0 customers, 0 sites" in empty.stdout

    done = vigie("import", "--data", data, *good)
    assert done.returncode == 0 and "imported: 404 created, 0 updated, 0 unchanged" in done.stdout, done.stdout
    exported = vigie("export", "--data", data, "--output", str(tmp_path / "out"), "--include-secrets", "--semicolon")
    assert exported.returncode == 0, exported.stderr
    files = sorted(str(p) for p in (tmp_path / "out").glob("*.csv"))
    again = vigie("import", "--data", data, *files)
    assert "imported: 0 created, 0 updated, 404 unchanged" in again.stdout, again.stdout

    # Into a new station, the export reproduces the same data: exporting it again gives the same files.
    copy = str(tmp_path / "copy")
    assert vigie("import", "--data", copy, *files).returncode == 0
    vigie("export", "--data", copy, "--output", str(tmp_path / "out2"), "--include-secrets", "--semicolon")
    for name in ("customers", "sites", "transmitters", "zones", "contacts", "devices"):
        assert (tmp_path / "out" / f"{name}.csv").read_text() == (tmp_path / "out2" / f"{name}.csv").read_text()
    assert "logbook intact" in vigie("logbook", "verify", "--data", copy).stdout

    # French headers and file names, as a French administrator's spreadsheet keeps them, import back unchanged.
    french = vigie("export", "--data", data, "--output", str(tmp_path / "fr"), "--include-secrets", "--semicolon", "--french")
    assert french.returncode == 0, french.stderr
    names = sorted(p.name for p in (tmp_path / "fr").glob("*.csv"))
    assert names == ["cameras.csv", "clients.csv", "contacts.csv", "sites.csv", "transmetteurs.csv", "zones.csv"], names
    assert (tmp_path / "fr" / "sites.csv").read_text().startswith("identifiant;client;référence;nom;")
    back = vigie("import", "--data", data, *sorted(str(p) for p in (tmp_path / "fr").glob("*.csv")))
    assert "imported: 0 created, 0 updated, 404 unchanged" in back.stdout, back.stdout


def test_a_large_base_of_ten_thousand_sites_imports_in_one_transaction(tmp_path):
    files = write_base(tmp_path / "large", sites=10_000)
    started = time.monotonic()
    done = vigie("import", "--data", str(tmp_path / "station"), *files)
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert "imported: 101000 created" in done.stdout, done.stdout
    print(f"imported 10,000 sites, 101,000 entities in {elapsed:.1f} s")
