"""Shared helpers for the interoperability tests: run the `vigie` binary, escape frames."""
import json
import os
import subprocess

import pytest


def vigie_binary():
    path = os.environ.get("VIGIE_BIN")
    if not path:
        pytest.skip("VIGIE_BIN is not set (path to the built vigie binary)")
    return path


def run_vigie(*args, stdin=None, check=True):
    """Run `vigie ARGS…`; return (exit status, stdout lines)."""
    result = subprocess.run(
        [vigie_binary(), *args], input=stdin, capture_output=True, text=True, timeout=60
    )
    if check and result.returncode not in (0, 1):
        raise AssertionError(f"vigie {' '.join(args)} failed: {result.stderr}")
    return result.returncode, [line for line in result.stdout.splitlines() if line]


def escape(frame: bytes) -> str:
    """The one-line form `vigie decode` reads (Vigie's FrameText escapes)."""
    out = []
    for byte in frame:
        if byte == 0x0A:
            out.append("\\n")
        elif byte == 0x0D:
            out.append("\\r")
        elif byte == 0x5C:
            out.append("\\\\")
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append("\\x%02X" % byte)
    return "".join(out)


def unescape(text: str) -> bytes:
    """Inverse of `escape` for what Vigie prints."""
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            if n == "n":
                out.append(0x0A)
            elif n == "r":
                out.append(0x0D)
            elif n == "t":
                out.append(0x09)
            elif n == "0":
                out.append(0x00)
            elif n == "\\":
                out.append(0x5C)
            elif n == "x":
                out.append(int(text[i + 2:i + 4], 16))
                i += 2
            i += 2
            continue
        out.append(ord(c))
        i += 1
    return bytes(out)


def decode_with_vigie(frame: bytes, *extra):
    """`vigie decode [extra] FRAME` → (exit status, JSON object)."""
    status, lines = run_vigie("decode", *extra, escape(frame))
    assert len(lines) == 1, lines
    return status, json.loads(lines[0])
