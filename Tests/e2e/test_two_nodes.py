"""Two `vigie serve` processes on one PostgreSQL database (issue 8): both receive signals, the live stream of
each shows what the other did, taking an alarm is exclusive across them, and link supervision (with the alarm
engine) runs on exactly one node at a time and moves to the other within 5 s when its node is killed.

Needs VIGIE_TEST_POSTGRES_URL (set by `eval "$(scripts/test-postgres start)"`, as CI does); each test gets a
schema of its own in that database, dropped at the end.
"""
import os
import socket
import subprocess
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests

from station import VIGIE, RunningStation, vigie

POSTGRES_URL = os.environ.get("VIGIE_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="VIGIE_TEST_POSTGRES_URL is not set (see scripts/test-postgres)")

LEASE_LOG = "work lease acquired"
SUPERVISION_LOG = "link supervision started"


class Node:
    """A `vigie serve` on the shared database, whose log lines are collected as they come (with their arrival
    time), so the pipe never fills and the test can wait for a line."""

    def __init__(self, name: str, tmp_path, database: str):
        self.name = name
        self.station = RunningStation("serve", str(tmp_path / name), extra=("--database", database))
        self.lines: list[tuple[float, str]] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.station.process.stdout:
            self.lines.append((time.monotonic(), line.rstrip()))

    def logged(self, text: str) -> list[float]:
        return [at for at, line in list(self.lines) if text in line]

    def wait_for_log(self, text: str, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if found := self.logged(text):
                return found[0]
            time.sleep(0.05)
        raise AssertionError(f"{self.name} did not log {text!r} within {timeout} s:\n" + "\n".join(line for _, line in self.lines[-40:]))

    def stop(self):
        if self.station.process.poll() is None:
            self.station.process.terminate()
            self.station.process.wait(timeout=30)
        self.reader.join(timeout=5)


class LiveStream:
    """Reads a node's /api/v1/stream in a thread and keeps the kinds of the events received."""

    def __init__(self, session: requests.Session, url: str):
        self.events: list[str] = []
        self.response = session.get(url + "/api/v1/stream", stream=True, timeout=(5, 120))
        assert self.response.status_code == 200, self.response.text
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            for line in self.response.iter_lines(decode_unicode=True):
                if line and line.startswith("event:"):
                    self.events.append(line.split(":", 1)[1].strip())
        except (requests.RequestException, AttributeError, ValueError):
            pass

    def close(self):
        self.response.close()


@pytest.fixture
def database():
    """The test database URL with a fresh schema; the schema is dropped afterwards."""
    schema = f"e2e_{uuid.uuid4().hex[:12]}"
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}schema={schema}"
    parts = urlsplit(POSTGRES_URL)
    query = "&".join(item for item in parts.query.split("&") if item.startswith("sslmode="))
    subprocess.run(
        ["psql", urlunsplit(parts._replace(query=query)), "--quiet", "--command", f"DROP SCHEMA IF EXISTS {schema} CASCADE"],
        check=True, capture_output=True, timeout=60)


def send_frame(port: int, account: str, sequence: str, data: str) -> bytes:
    """Sends one unencrypted SIA DC-09 frame to a node's receiver and returns its answer."""
    frame = subprocess.run(
        [VIGIE, "encode", "--account", account, "--sequence", sequence, "--receiver", "1", "--line", "1", "--data", data, "--raw"],
        capture_output=True, check=True, timeout=60).stdout
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(frame)
        return connection.recv(1024)


def wait_until(condition, timeout: float, message: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.2)
    raise AssertionError(message)


def link_signals(session: requests.Session, url: str, transmitter_id: str, code: str) -> list[dict]:
    """The station's own supervision signals (LINK-LOST, LINK-RESTORED) stored for a transmitter."""
    signals = session.get(url + "/api/v1/signals", params={"transmitterID": transmitter_id, "limit": 100}, timeout=10).json()["items"]
    return [signal for signal in signals if any(event.get("code") == code for event in signal.get("events", []))]


def configure(admin: requests.Session, url: str) -> dict:
    """A site with two transmitters: 1234 supervised every 10 s, 5678 unsupervised."""
    def post(kind: str, body: dict) -> dict:
        answer = admin.post(f"{url}/api/v1/{kind}", json=body, timeout=10)
        assert answer.status_code == 201, answer.text
        return answer.json()

    customer = post("customers", {"name": "Deux nœuds", "kind": "business", "phone": "04 78 00 00 01"})
    site = post("sites", {"customerID": customer["id"], "name": "Entrepôt de Vénissieux",
                          "address": {"street": "1 rue du Test", "postalCode": "69200", "city": "Vénissieux", "country": "FR"}})
    profile = post("supervision-profiles", {"name": "TEST10", "reportingIntervalSeconds": 10, "graceSeconds": 0})
    supervised = post("transmitters", {"siteID": site["id"], "account": "1234", "receiver": "1", "line": "1",
                                       "wireProtocol": "dc09SIA", "supervisionProfileID": profile["id"]})
    plain = post("transmitters", {"siteID": site["id"], "account": "5678", "receiver": "1", "line": "1", "wireProtocol": "dc09SIA"})
    return {"site": site, "supervised": supervised, "plain": plain}


def test_two_nodes_share_one_postgresql_database(tmp_path, database):
    passwords = {}
    for name, role in (("admin", "admin"), ("dupont", "operator")):
        created = vigie("user", "add", name, "--role", role, "--generate-password", "--database", database)
        assert created.returncode == 0, created.stderr
        passwords[name] = created.stdout.split("password:")[1].strip()

    first = Node("first", tmp_path, database)
    second = None
    streams = []
    try:
        first.wait_for_log(LEASE_LOG, timeout=10)
        second = Node("second", tmp_path, database)
        nodes = [first, second]
        # The administrator works on the first node, an operator on the second.
        sessions = [node.station.sign_in(name, passwords[name]) for node, name in zip(nodes, ("admin", "dupont"))]
        urls = [node.station.url for node in nodes]
        streams = [LiveStream(session, url) for session, url in zip(sessions, urls)]
        entities = configure(sessions[0], urls[0])

        # Both nodes receive: the supervised panel polls the first node, the other panel's burglary goes to the
        # second. The second learns of the new transmitters from the first through the shared logbook.
        assert b'"ACK"' in send_frame(first.station.receiver_port, "1234", "0001", "#1234|Nri1/RP000")
        wait_until(lambda: b'"ACK"' in send_frame(second.station.receiver_port, "5678", "0001", "#5678|Nri1/BA05"),
                   timeout=10, message="the second node never accepted an account configured on the first")
        for session, url in zip(sessions, urls):
            accounts = {signal["account"] for signal in session.get(url + "/api/v1/signals", timeout=10).json()["items"]
                        if not signal.get("error")}
            assert {"1234", "5678"} <= accounts, f"{url} does not list both nodes' signals: {accounts}"

        # The engine (on the lease holder) opens one alarm, and the live stream of each node shows it.
        alarm = wait_until(lambda: (sessions[1].get(urls[1] + "/api/v1/alarms", timeout=10).json()["items"] or [None])[0],
                           timeout=10, message="no alarm opened for the burglary received by the second node")
        for node, stream in zip(nodes, streams):
            wait_until(lambda: any(kind.startswith("alarm") for kind in stream.events), timeout=10,
                       message=f"the live stream of the {node.name} node did not show the alarm: {stream.events}")

        # Both take the alarm at once, each on their node: exactly one wins.
        with ThreadPoolExecutor(max_workers=2) as pool:
            answers = list(pool.map(lambda pair: pair[0].post(f"{pair[1]}/api/v1/alarms/{alarm['id']}/take", timeout=10).status_code,
                                    zip(sessions, urls)))
        assert sorted(answers) == [200, 409], f"both nodes answered {answers} to the same take"

        # Supervision runs on one node only: one LINK-LOST for the silent panel, not one per node.
        supervised = entities["supervised"]["id"]
        assert len(first.logged(SUPERVISION_LOG)) == 1 and not second.logged(SUPERVISION_LOG) and not second.logged(LEASE_LOG)
        wait_until(lambda: link_signals(sessions[1], urls[1], supervised, "LINK-LOST"), timeout=30,
                   message="the silent supervised panel never got LINK-LOST")
        time.sleep(3)
        assert len(link_signals(sessions[1], urls[1], supervised, "LINK-LOST")) == 1, "more than one node supervises the link"

        # The holder dies: the other node takes the lease within 5 s and supervises from then on.
        killed_at = time.monotonic()
        first.station.process.kill()
        taken_at = second.wait_for_log(LEASE_LOG, timeout=10)
        assert taken_at - killed_at < 5, f"take-over took {taken_at - killed_at:.1f} s"
        second.wait_for_log(SUPERVISION_LOG, timeout=5)
        # Supervision starts afresh on the new holder (as after a restart): the panel is heard once more, then
        # falls silent, and only the surviving node can raise the second LINK-LOST.
        assert b'"ACK"' in send_frame(second.station.receiver_port, "1234", "0002", "#1234|Nri1/RP000")
        wait_until(lambda: len(link_signals(sessions[1], urls[1], supervised, "LINK-LOST")) == 2, timeout=30,
                   message="the surviving node does not supervise the link")
    finally:
        for stream in streams:
            stream.close()
        for node in (first, second):
            if node is not None:
                node.stop()
