"""Invariants 1 and 2 under crashes: a real `vigie serve` under simulator load is killed with SIGKILL three
times and restarted on the same data and port; afterwards every (account, sequence) a panel saw ACKed is in
the store exactly once (panels reconnect and retransmit what was not ACKed; retransmissions are deduplicated).

The run stays far from sequence wrap-around (9999) and inside the 1-hour dedupe window: 100 panels at
300 signals/s for 20 s is about 60 signals per panel.
"""
import json
import random
import sqlite3
import subprocess
import time
from pathlib import Path

from station import VIGIE, RunningStation, restart_station

PANELS = 100
RATE = 300
SECONDS = 20
KILLS = 3


def test_every_acked_signal_is_stored_exactly_once_across_sigkills(tmp_path):
    data = str(tmp_path / "data")
    acked_log = tmp_path / "acked.txt"
    station = RunningStation("serve", data)
    simulator = subprocess.Popen(
        [VIGIE, "simulate", "--target", f"127.0.0.1:{station.receiver_port}", "--panels", str(PANELS), "--rate", str(RATE),
         "--duration", str(SECONDS), "--ack-timeout", "1", "--give-up", "40", "--acked-log", str(acked_log), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        for _ in range(KILLS):
            time.sleep(random.uniform(2.0, 4.0))
            station.process.kill()
            station.process.communicate(timeout=10)
            station = restart_station("serve", data, station.port, station.receiver_port)
        output, errors = simulator.communicate(timeout=90)
    finally:
        if simulator.poll() is None:
            simulator.kill()
        if station.process.poll() is None:
            station.stop()

    assert simulator.returncode == 0, errors
    report = json.loads(output.strip().splitlines()[-1])
    print("simulator report:", report)
    acked = [tuple(line.split()) for line in Path(acked_log).read_text().splitlines()]
    assert len(acked) == report["acked"] > PANELS, report
    assert len(set(acked)) == len(acked), "a panel saw the same (account, sequence) ACKed twice: sequences wrapped"
    assert report["retries"] > 0, f"the kills should have forced retransmissions: {report}"

    with sqlite3.connect(str(Path(data) / "vigie.sqlite")) as database:
        rows = database.execute(
            "SELECT account, sequence, COUNT(*) FROM signal WHERE sequence IS NOT NULL AND error IS NULL GROUP BY account, sequence"
        ).fetchall()
    stored = {(account, sequence): count for account, sequence, count in rows}
    missing = [pair for pair in acked if pair not in stored]
    twice = [(pair, stored[pair]) for pair in acked if stored.get(pair, 0) > 1]
    assert not missing, f"{len(missing)} ACKed signals lost, e.g. {missing[:5]}"
    assert not twice, f"{len(twice)} ACKed signals stored more than once, e.g. {twice[:5]}"
