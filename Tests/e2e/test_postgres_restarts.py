"""Ingest lives through PostgreSQL restarts (issue 25): a real `vigie serve` on a private PostgreSQL cluster, under
simulator load, while the cluster is restarted 20 times (fast and immediate shutdowns) and its postmaster is
killed once with SIGKILL. Every signal a panel saw ACKed is stored exactly once, ACKs resume after each restart,
/healthz says 503 during the gaps (it never hangs), and SIGTERM stops the station within its deadline.

A node that cannot renew the work lease within two seconds stops (never two holders at once: docs/postgresql.md),
so a restart that takes longer, or the killed postmaster, ends the process; the test restarts it on the same
ports as systemd's `Restart=on-failure` would (docs/operations.md), and panels reconnect.

Before the deadlines, ingest could hang for good after a few restarts: no ACK ever again, /healthz 200, SIGTERM
ignored.
"""
import json
import signal
import subprocess
import threading
import time

import pytest

from faults import HealthSampler, LogReader, PrivateCluster, acked_pairs, check_acked_stored_once, wait_for_health
from station import VIGIE, RunningStation, restart_station

pytestmark = pytest.mark.skipif(not PrivateCluster.possible(), reason="needs Debian's PostgreSQL 15 server (apt-get install postgresql)")

RESTARTS = 20
SHUTDOWN_DEADLINE = 10
CONFIG = {"faults": {"commitTimeoutSeconds": 3, "stallSeconds": 3, "stallExitSeconds": 120}, "shutdown": {"timeoutSeconds": SHUTDOWN_DEADLINE}}


@pytest.fixture
def cluster():
    cluster = PrivateCluster()
    yield cluster
    cluster.stop()


def stored_pairs(url: str) -> dict[tuple[str, str], int]:
    query = "SELECT account, sequence, COUNT(*) FROM signal WHERE sequence IS NOT NULL AND error IS NULL GROUP BY account, sequence"
    result = subprocess.run(["psql", url, "--no-align", "--tuples-only", "--field-separator= ", "--command", query],
                            capture_output=True, text=True, check=True)
    rows = [line.split() for line in result.stdout.splitlines() if line.strip()]
    return {(account, sequence): int(count) for account, sequence, count in rows}


def newest_signal(url: str) -> int:
    """The id of the newest stored signal: it grows as soon as ingest commits again (the ACKs follow at once;
    the simulator writes its log of ACKs only at the end)."""
    result = subprocess.run(["psql", url, "--no-align", "--tuples-only", "--command", "SELECT coalesce(max(id), 0) FROM signal"],
                            capture_output=True, text=True, timeout=10)
    return int(result.stdout.strip() or 0) if result.returncode == 0 else -1


class Supervisor:
    """Restarts `vigie serve` when it exits, as systemd would, on the same data and ports."""

    def __init__(self, station: RunningStation, extra):
        self.station = station
        self.extra = extra
        self.log = LogReader(station.process)
        self.restarts = 0
        self.running = True
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self):
        while self.running:
            if self.station.process.poll() is not None and self.running:
                time.sleep(2)
                self.station = restart_station("serve", self.station.data, self.station.port, self.station.receiver_port, self.extra)
                self.log = LogReader(self.station.process)
                self.restarts += 1
            time.sleep(0.2)

    def stop(self):
        self.running = False
        self.thread.join(timeout=90)


def test_ingest_survives_twenty_restarts_and_a_killed_postmaster(cluster, tmp_path):
    config = tmp_path / "vigie.json"
    config.write_text(json.dumps(CONFIG))
    extra = ("--database", cluster.url, "--config", str(config))
    supervisor = Supervisor(RunningStation("serve", str(tmp_path / "node"), extra=extra), extra)
    station = supervisor.station
    health = HealthSampler(station.url)
    acked_log = tmp_path / "acked.txt"
    duration = RESTARTS * 4 + 10
    simulator = subprocess.Popen(
        [VIGIE, "simulate", "--target", f"127.0.0.1:{station.receiver_port}", "--panels", "50", "--rate", "200",
         "--duration", str(duration), "--ack-timeout", "1", "--give-up", "120", "--acked-log", str(acked_log), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    gaps: list[tuple[float, float]] = []
    resumed = 0
    try:
        time.sleep(3)
        for round in range(RESTARTS + 1):
            before = newest_signal(cluster.url)
            down = time.monotonic()
            if round == RESTARTS:
                cluster.kill_postmaster()
            else:
                cluster.restart("fast" if round % 2 == 0 else "immediate")
            up = time.monotonic()
            gaps.append((down, up))
            # Commits (and so ACKs) must resume after each restart, within the commit deadline and a reconnection.
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and newest_signal(cluster.url) <= before:
                time.sleep(0.1)
            if newest_signal(cluster.url) > before:
                resumed += 1
            time.sleep(max(0.0, 3 - (time.monotonic() - up)))
        output, errors = simulator.communicate(timeout=duration + 150)
        assert wait_for_health(station.url, 200, 60), "/healthz did not come back to 200 after the restarts"
    finally:
        health.stop()
        supervisor.stop()
        if simulator.poll() is None:
            simulator.kill()
    station, log = supervisor.station, supervisor.log
    # A bounded stop: SIGTERM ends the process within its graceful deadline (plus the cancellation grace).
    assert station.process.poll() is None, f"the station had stopped before SIGTERM:\n{log.tail()}"
    stopping = time.monotonic()
    station.process.send_signal(signal.SIGTERM)
    try:
        station.process.wait(timeout=SHUTDOWN_DEADLINE + 10)
    except subprocess.TimeoutExpired:
        station.process.kill()
        pytest.fail("SIGTERM did not stop the station within its deadline")
    print(f"stopped in {time.monotonic() - stopping:.1f} s")

    assert simulator.returncode == 0, errors
    report = json.loads(output.strip().splitlines()[-1])
    print("simulator report:", report, "resumed after", resumed, "of", len(gaps), "restarts;", supervisor.restarts, "station restarts")
    assert resumed == len(gaps), f"ACKs resumed after only {resumed} of {len(gaps)} restarts:\n{log.tail()}"
    acked = acked_pairs(acked_log)
    assert report["abandoned"] == 0 and len(acked) == report["sent"], f"some signals were never ACKed: {report}"
    check_acked_stored_once(acked, stored_pairs(cluster.url))
    statuses = set(status for start, end in gaps for status in health.statuses_between(start, end + 2))
    assert 503 in statuses, f"/healthz never said 503 during the restarts: {statuses}"
    assert 0 not in set(status for _, status in health.samples), "/healthz hung (no answer within 3 s) at some point"
