"""pysiaalarm's asyncio TCP server on loopback, the reference receiver of `vigie bench ingest --compare-pysiaalarm`.

It knows the benchmark's accounts, answers each frame as pysiaalarm does (ACK/NAK/DUH), and stores nothing.
Usage: pysiaalarm_server.py --accounts-file FILE --ready-file FILE [--port 0]
Once listening it writes its port to the ready file; it runs until killed (SIGTERM).
"""
import argparse
import asyncio
import logging
import signal

from pysiaalarm.aio import CommunicationsProtocol, SIAAccount, SIAClient


async def ignore(_event) -> None:
    """pysiaalarm requires a coroutine per event; the benchmark keeps nothing."""


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--accounts-file", required=True)
    parser.add_argument("--ready-file", required=True)
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    with open(arguments.accounts_file, encoding="ascii") as lines:
        accounts = [SIAAccount(line.strip(), None) for line in lines if line.strip()]
    client = SIAClient("127.0.0.1", arguments.port, accounts, ignore, protocol=CommunicationsProtocol.TCP)
    await client.async_start(backlog=4096)
    port = client.server.sockets[0].getsockname()[1]
    with open(arguments.ready_file, "w", encoding="ascii") as ready:
        ready.write(f"{port}\n")
    await asyncio.Event().wait()


if __name__ == "__main__":
    # A parent may hand SIGTERM down ignored (observed under `vigie bench`): restore the default so it stops.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    asyncio.run(main())
