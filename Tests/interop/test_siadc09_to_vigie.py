"""Frames encoded by siadc09 (an independent DC-09-2026 implementation) decode identically in Vigie."""
import datetime

import pytest
from siadc09 import account, message, util
from siadc09.admcid import parse_admcid
from siadc09.siadcs import parse_siadcs
from siadc09.xdata import parse_xdata

from conftest import decode_with_vigie

KEYS = {
    None: None,
    "AES-128": "000102030405060708090a0b0c0d0e0f",
    "AES-192": "000102030405060708090a0b0c0d0e0f1011121314151617",
    "AES-256": "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
}

CASES = [
    ("SIA-DCS", b"#1234|Nri1/BA05", {"code": "BA", "zone": "05", "partition": "1"}),
    ("SIA-DCS", b"#12345A|NFA129", {"code": "FA", "zone": "129", "partition": None}),
    ("SIA-DCS", b"#ABC|Nri2/OP3/CL4", {"code": "OP", "user": "3", "partition": "2"}),
    ("ADM-CID", b"#7099|1131 01 003", {"code": "131", "zone": "003", "partition": "01", "qualifier": "alarm"}),
    ("ADM-CID", b"#1234|3401 01 057", {"code": "401", "user": "057", "partition": "01", "qualifier": "restore"}),
    ("NULL", None, None),
]


def build(token, data, key, with_receiver):
    acct = account.Account(acct=0x1234, pref=0x5, rcvr=0x12 if with_receiver else None, key=key)
    config = {"idtoken": token, "seqno": 42, "timestamp": util.now(), "xdata": [parse_xdata(b"M0026B9E4268B")]}
    if token == "SIA-DCS":
        config["data"] = parse_siadcs(data)
    elif token == "ADM-CID":
        config["data"] = parse_admcid(data)
    if token == "NULL":
        msg = message.NullMessage(acct, util.now())
        msg.seq = 42
    else:
        msg = message.EventMessage(acct, config=config)
    return msg.encode(encrypt=key is not None), msg


@pytest.mark.parametrize("key_name", list(KEYS))
@pytest.mark.parametrize("token,data,expected", CASES)
@pytest.mark.parametrize("with_receiver", [True, False])
def test_vigie_decodes_siadc09_frames(key_name, token, data, expected, with_receiver):
    key = KEYS[key_name]
    frame, _ = build(token, data, key, with_receiver)
    args = ["--key", "hex:" + key] if key else []
    status, report = decode_with_vigie(frame, *args)
    assert status == 0, report
    # siadc09's own reading of its frame is the reference.
    peer = message.parse_frame(frame, keys=bytes.fromhex(key) if key else None)
    assert report["token"] == token
    assert report["encrypted"] == (key is not None) == peer.encrypted
    assert int(report["sequence"]) == peer.seq == 42
    assert int(report["account"], 16) == peer.account.acct
    assert int(report["line"], 16) == peer.account.pref
    if with_receiver:
        assert int(report["receiver"], 16) == peer.account.rcvr
    else:
        assert report["receiver"] is None and peer.account.rcvr is None
    stamp = datetime.datetime.strptime(report["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    assert stamp == peer.timestamp
    if token == "NULL":
        assert report["events"] == []
        return
    assert report["extended"] == {"M": peer.xdata[0].pack(brackets=False).decode()[1:]}
    assert report["data"] == data.decode()
    assert report["data"] == peer.data.pack(brackets=False).decode()
    event = report["events"][0]
    for field, value in expected.items():
        assert event[field] == value, (field, event)
    assert event["category"] != "unknown"
    if token == "ADM-CID":
        assert event["code"] == peer.data.event.code
        # siadc09 reads the DC-05 digits as hexadecimal numbers.
        assert int(event["partition"], 16) == peer.data.event.group
        assert int(event["zone"] or event["user"], 16) == peer.data.event.addr


def test_siadc09_16_to_31_byte_pad_and_missing_separator_are_accepted():
    """siadc09 pads 16–31 bytes and writes no '|' when the data is empty (*NULL)."""
    key = KEYS["AES-256"]
    frame, _ = build("NULL", None, key, False)
    status, report = decode_with_vigie(frame, "--key", "hex:" + key)
    assert status == 0, report
    assert "missingPadSeparator" in report["quirks"]


def test_siadc09_lowercase_ciphertext_is_accepted():
    key = KEYS["AES-128"]
    frame, _ = build("SIA-DCS", b"#1234|Nri1/BA05", key, False)
    assert any(c in b"abcdef" for c in frame.split(b"[", 1)[1])
    status, report = decode_with_vigie(frame, "--key", "hex:" + key)
    assert status == 0 and "lowercaseHex" in report["quirks"]
