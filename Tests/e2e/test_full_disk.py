"""An ACK is a stored signal, even on a full disk (issue 25): a real `vigie serve` on a small tmpfs, under
simulator load, lives through 10 s of a full file system. Panels get no ACK while nothing can be stored, the
station keeps running and says so on /healthz (503), ACKs resume by themselves when space returns, and every
signal a panel saw ACKed is stored exactly once. A station started on a full disk runs too, and
`vigie logbook verify` works there (it only reads).
"""
import json
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
import requests

from faults import HealthSampler, LogReader, SmallDisk, acked_pairs, check_acked_stored_once, wait_for_health
from station import VIGIE, RunningStation, vigie

pytestmark = pytest.mark.skipif(not SmallDisk.possible(), reason="mounting a tmpfs needs root (CI runs as root)")

# Small thresholds for a small disk: the station must not take the tmpfs itself for a full disk.
SMALL_DISK_CONFIG = {"disk": {"minimumFreeMegabytes": 1, "minimumFreePercent": 1, "minimumMinutes": 1}, "faults": {"stallSeconds": 5}}


@pytest.fixture
def small_disk():
    disk = SmallDisk(48)
    yield disk
    disk.unmount()


def stored_pairs(database: Path) -> dict[tuple[str, str], int]:
    with sqlite3.connect(str(database)) as connection:
        rows = connection.execute(
            "SELECT account, sequence, COUNT(*) FROM signal WHERE sequence IS NOT NULL AND error IS NULL GROUP BY account, sequence"
        ).fetchall()
    return {(account, sequence): count for account, sequence, count in rows}


def test_a_full_disk_loses_no_acked_signal_and_the_station_recovers_by_itself(small_disk, tmp_path):
    config = tmp_path / "vigie.json"
    config.write_text(json.dumps(SMALL_DISK_CONFIG))
    data = small_disk.path / "data"
    station = RunningStation("serve", str(data), extra=("--config", str(config)))
    log = LogReader(station.process)
    health = HealthSampler(station.url)
    acked_log = tmp_path / "acked.txt"
    simulator = subprocess.Popen(
        [VIGIE, "simulate", "--target", f"127.0.0.1:{station.receiver_port}", "--panels", "20", "--rate", "100",
         "--duration", "25", "--ack-timeout", "1", "--give-up", "60", "--acked-log", str(acked_log), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        time.sleep(5)
        small_disk.fill()
        full_from = time.monotonic()
        time.sleep(10)
        small_disk.free()
        freed_at = time.monotonic()
        output, errors = simulator.communicate(timeout=120)
        assert wait_for_health(station.url, 200, 30), "/healthz did not come back to 200 after space returned"
    finally:
        health.stop()
        if simulator.poll() is None:
            simulator.kill()
        alive = station.process.poll() is None
        if alive:
            station.process.terminate()
            station.process.wait(timeout=30)
    assert alive, f"the station stopped on a full disk:\n{log.tail()}"
    assert simulator.returncode == 0, errors
    report = json.loads(output.strip().splitlines()[-1])
    print("simulator report:", report)
    acked = acked_pairs(acked_log)
    # Panels retry what was not ACKed for up to 60 s: every signal ACKed in the end means ACKs resumed by themselves.
    assert report["abandoned"] == 0 and len(acked) == report["sent"], f"ACKs did not resume after the disk had room again: {report}"
    assert report["retries"] > 0, f"a full disk should have forced retransmissions: {report}"
    check_acked_stored_once(acked, stored_pairs(data / "vigie.sqlite"))
    during = health.statuses_between(full_from + 2, freed_at)
    assert 503 in during, f"/healthz never said 503 while the disk was full: {sorted(set(during))}"
    assert 0 not in during, "/healthz hung while the disk was full"


def test_a_station_starts_on_a_full_disk_and_verify_only_reads(small_disk, tmp_path):
    config = tmp_path / "vigie.json"
    config.write_text(json.dumps(SMALL_DISK_CONFIG))
    data = small_disk.path / "data"
    station = RunningStation("serve", str(data), extra=("--config", str(config)))
    port, receiver_port = station.port, station.receiver_port
    station.stop()
    small_disk.fill()
    try:
        verify = vigie("logbook", "verify", "--data", str(data))
        assert verify.returncode == 0, verify.stdout + verify.stderr
        # Started while the disk is full: it runs, answers /healthz (503 at first), and is whole once space returns.
        process = subprocess.Popen(
            [VIGIE, "serve", "--data", str(data), "--http-port", str(port), "--receiver-port", str(receiver_port), "--smtp-port", "0", "--push-port", "0",
             "--config", str(config)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        log = LogReader(process)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            answered = None
            while time.monotonic() < deadline and answered is None and process.poll() is None:
                try:
                    answered = requests.get(url + "/healthz", timeout=3).status_code
                except requests.RequestException:
                    time.sleep(0.2)
            assert process.poll() is None, f"vigie serve refused to start on a full disk:\n{log.tail()}"
            assert answered in (200, 503), answered
            time.sleep(3)
            assert process.poll() is None, f"vigie serve stopped on a full disk:\n{log.tail()}"
            small_disk.free()
            assert wait_for_health(url, 200, 30), "/healthz did not reach 200 once the disk had room"
        finally:
            process.terminate()
            process.wait(timeout=30)
        assert "station started" in log.text()
    finally:
        small_disk.free()
