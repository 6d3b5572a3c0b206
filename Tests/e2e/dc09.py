"""Minimal SIA DC-09 framing for the end-to-end tests: unencrypted frames and the token of a reply."""


def crc16(data: bytes) -> int:
    """CRC-16/ARC (polynomial 0x8005 reflected), as DC-09 specifies."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def frame(account: str, sequence: int, data: str, receiver: str = "1", line: str = "1") -> bytes:
    """`\\n CRC 0LLL "SIA-DCS"seq Rr Ll #acct [data] \\r`, unencrypted and without a timestamp."""
    body = f'"SIA-DCS"{sequence % 10000:04d}R{receiver}L{line}#{account}[{data}]'.encode()
    return b"\n" + f"{crc16(body):04X}0{len(body):03X}".encode() + body + b"\r"


def reply_token(datagram: bytes) -> tuple[str, str]:
    """The token and sequence of a receiver's reply (`"ACK"0001…`)."""
    body = datagram.strip()[8:]
    token = body.split(b'"')[1].decode()
    return token, body.split(b'"')[2][:4].decode()
