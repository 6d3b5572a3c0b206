"""Frames and replies encoded by Vigie decode identically in siadc09 and pysiaalarm."""
import datetime
import re

import pytest
from pysiaalarm import SIAAccount, SIAEvent
from siadc09 import message, util

from conftest import decode_with_vigie, run_vigie, unescape

ASCII_KEYS = ["0123456789ABCDEF", "0123456789ABCDEFGHIJKLMN", "0123456789ABCDEFGHIJKLMNOPQRSTUV"]

FRAMES = [
    ("SIA-DCS", "#1234|Nri1/BA05", "BA", "05"),
    ("SIA-DCS", "#1234|Nri3/FA129", "FA", "129"),
    ("ADM-CID", "#1234|1130 01 005", "130", "005"),
    ("ADM-CID", "#1234|3401 02 007", "401", "007"),
]


def vigie_encode(token, data, key=None, receiver=None):
    args = ["encode", "--token", token, "--account", "1234", "--sequence", "0042", "--line", "5", "--data", data]
    if key:
        args += ["--key", "ascii:" + key]
    if receiver:
        args += ["--receiver", receiver]
    status, lines = run_vigie(*args)
    assert status == 0 and len(lines) == 1
    return unescape(lines[0])


@pytest.mark.parametrize("key", [None] + ASCII_KEYS)
@pytest.mark.parametrize("token,data,code,zone", FRAMES)
def test_pysiaalarm_and_siadc09_decode_vigie_frames(key, token, data, code, zone):
    frame = vigie_encode(token, data, key, receiver="12")
    # pysiaalarm (Home Assistant): takes the line without LF/CR and ASCII keys.
    accounts = {"1234": SIAAccount("1234", key)}
    event = SIAEvent.from_line(frame[1:-1].decode("ascii"), accounts)
    assert event.valid_message  # CRC
    # (pysiaalarm's own `valid_length` reads the field as decimal and is never used by it.)
    assert int(event.length, 16) == len(event.full_message)
    assert event.account == "1234" and event.sequence == "0042"
    assert event.encrypted == (key is not None)
    assert event.receiver == "R12" and event.line == "L5"
    assert event.code is not None
    if token == "SIA-DCS":
        assert event.code == code and event.message.endswith(zone) or event.ri in (zone, zone.lstrip("0"))
    else:
        assert event.event_type == code and event.ri == zone
    if key:
        assert event.valid_timestamp
    # siadc09: an independent DC-09-2026 decoder.
    peer = message.parse_frame(frame, keys=key.encode() if key else None)
    assert peer.idtoken == token and peer.seq == 42 and peer.account.acct == 0x1234
    assert peer.account.pref == 5 and peer.account.rcvr == 0x12
    assert peer.encrypted == (key is not None)
    assert peer.data.pack(brackets=False).decode() == data
    if token == "ADM-CID":
        assert peer.data.event.code == code and peer.data.event.addr == int(zone, 16)


def reply_for(frame, key=None):
    args = ["--reply"] + (["--key", "ascii:" + key] if key else [])
    status, report = decode_with_vigie(frame, *args)
    return status, report, unescape(report["reply"])


@pytest.mark.parametrize("key", [None] + ASCII_KEYS)
def test_siadc09_reads_vigie_acks(key):
    frame = vigie_encode("SIA-DCS", "#1234|Nri1/BA05", key, receiver="12")
    status, report, reply = reply_for(frame, key)
    assert status == 0
    ack = message.parse_frame(reply, keys=key.encode() if key else None)
    assert isinstance(ack, message.AckMessage)
    assert ack.seq == 42 and ack.account.acct == 0x1234 and ack.account.pref == 5 and ack.account.rcvr == 0x12
    assert ack.encrypted == (key is not None)
    if key:
        skew = abs((ack.timestamp - util.now()).total_seconds())
        assert skew < 5
        assert reply.startswith(b"\n") and b'"*ACK"0042R12L5#1234[' in reply


def test_ack_without_receiver_has_no_r_field():
    frame = vigie_encode("NULL", "")
    _, _, reply = reply_for(frame)
    assert b'"ACK"0042L5#1234[]' in reply
    assert b"None" not in reply and b"R" not in reply.split(b'"ACK"')[1]
    ack = message.parse_frame(reply)
    assert ack.account.rcvr is None


def test_siadc09_reads_vigie_duh():
    frame = vigie_encode("SIA-S2K", "whatever", receiver="12")
    status, report, reply = reply_for(frame)
    assert status == 0 and report["token"] == "SIA-S2K"
    duh = message.parse_frame(reply)
    assert isinstance(duh, message.DuhMessage)
    assert duh.seq == 42 and duh.account.acct == 0x1234


def test_vigie_nak_has_the_standard_form_and_a_valid_crc():
    bad = bytearray(vigie_encode("SIA-DCS", "#1234|Nri1/BA05"))
    bad[1] = ord("0") if bad[1] != ord("0") else ord("1")  # corrupt the CRC
    status, report, reply = reply_for(bytes(bad))
    assert status == 1 and report["reason"] == "badCRC"
    match = re.fullmatch(rb'\n([0-9A-F]{4})([0-9A-F]{4})("NAK"0000R0L0A0\[\]_(.{19}))\r', reply)
    assert match, reply
    assert int(match.group(1), 16) == util.crc(match.group(3))
    assert int(match.group(2), 16) == len(match.group(3))
    stamp = util.fromtimestamp(match.group(4).decode())
    assert abs((stamp - util.now()).total_seconds()) < 5
    # pysiaalarm computes the same CRC over the same body.
    assert SIAEvent._crc_calc(match.group(3).decode()) == match.group(1).decode()


def test_pysiaalarm_answers_ack_to_vigie_frames():
    frame = vigie_encode("SIA-DCS", "#1234|Nri1/BA05", ASCII_KEYS[0], receiver="12")
    event = SIAEvent.from_line(frame[1:-1].decode("ascii"), {"1234": SIAAccount("1234", ASCII_KEYS[0])})
    assert event.response.value == "ACK"
    # and Vigie reads pysiaalarm's *ACK (whose pad has no '|').
    response = event.create_response()
    status, report = decode_with_vigie(response, "--key", "ascii:" + ASCII_KEYS[0])
    assert status == 0 and report["token"] == "ACK" and report["encrypted"]
    assert datetime.datetime.strptime(report["timestamp"], "%Y-%m-%dT%H:%M:%SZ")


def test_pysiaalarm_none_receiver_bug_is_refused():
    """pysiaalarm writes the literal `None` when the request had no R (home-assistant/core #180511)."""
    frame = vigie_encode("SIA-DCS", "#1234|Nri1/BA05", ASCII_KEYS[0])
    event = SIAEvent.from_line(frame[1:-1].decode("ascii"), {"1234": SIAAccount("1234", ASCII_KEYS[0])})
    response = event.create_response()
    assert b"None" in response
    status, report = decode_with_vigie(response, "--key", "ascii:" + ASCII_KEYS[0])
    assert status == 1 and report["reason"] == "malformedField(account)"
