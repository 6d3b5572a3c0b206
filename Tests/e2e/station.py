"""Helpers that run the real `vigie` binary (path in VIGIE_BIN) on a temporary data directory."""
import os
import socket
import subprocess
import time

import requests

VIGIE = os.environ.get("VIGIE_BIN", ".build/debug/vigie")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def vigie(*arguments: str, **options) -> subprocess.CompletedProcess:
    """Runs one `vigie` command to completion and returns its result."""
    return subprocess.run([VIGIE, *arguments], capture_output=True, text=True, timeout=120, **options)


class RunningStation:
    """A `vigie demo` or `vigie serve` process, stopped with SIGTERM at the end of the test."""

    def __init__(self, command: str, data: str, extra=(), port=None, receiver_port=None, env=None, preexec_fn=None, smtp_port=None,
                 push_port=None):
        self.port = port or free_port()
        self.receiver_port = receiver_port or free_port()
        # Each station its own SMTP port: two stations of one test (two nodes) must not both take the default 2525.
        self.smtp_port = smtp_port or free_port()
        self.push_port = push_port or free_port()
        self.data = data
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [VIGIE, command, "--data", data, "--http-port", str(self.port), "--receiver-port", str(self.receiver_port),
             "--smtp-port", str(self.smtp_port), "--push-port", str(self.push_port), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, preexec_fn=preexec_fn,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"vigie {command} exited: {self.process.stdout.read()}")
            time.sleep(0.2)
        raise RuntimeError(f"vigie {command} did not answer /healthz in time")

    def sign_in(self, username: str, password: str) -> requests.Session:
        session = requests.Session()
        answer = session.post(self.url + "/api/v1/session", json={"username": username, "password": password}, timeout=10)
        assert answer.status_code == 201, answer.text
        session.headers["X-CSRF-Token"] = answer.json()["csrfToken"]
        return session

    def stop(self) -> str:
        self.process.terminate()
        output, _ = self.process.communicate(timeout=30)
        return output


def restart_station(command: str, data: str, port: int, receiver_port: int, extra=(), smtp_port=None,
                    push_port=None) -> RunningStation:
    """Starts `vigie <command>` again on the same data and the same ports, as after a crash: panels
    reconnect to the port they know."""
    return RunningStation(command, data, extra, port=port, receiver_port=receiver_port, smtp_port=smtp_port, push_port=push_port)


def add_pharmacy(station: RunningStation, admin: requests.Session):
    """Story 1's pharmacy, created by `admin` through the API: a customer, its site and its panel (account 4F21,
    DC-09 SIA), then the wait for the account directory to reload."""
    def post(kind, body):
        answer = admin.post(f"{station.url}/api/v1/{kind}", json=body, timeout=10)
        assert answer.status_code == 201, answer.text
        return answer.json()

    customer = post("customers", {"name": "Pharmacie du Centre", "kind": "business", "phone": "04 78 00 00 01"})
    site = post("sites", {"customerID": customer["id"], "name": "Pharmacie du Centre",
                          "address": {"street": "1 rue du Test", "postalCode": "69200", "city": "Vénissieux", "country": "FR"}})
    post("transmitters", {"siteID": site["id"], "account": "4F21", "receiver": "1", "line": "1", "wireProtocol": "dc09SIA"})
    time.sleep(1.0)  # the account directory reloads after a configuration change


def served_with_admin(tmp_path, extra=()) -> RunningStation:
    """`vigie serve` on a fresh data directory with one administrator, whose signed-in session is `station.admin`."""
    data = str(tmp_path / "data")
    created = vigie("user", "add", "admin", "--role", "admin", "--generate-password", "--data", data)
    assert created.returncode == 0, created.stderr
    station = RunningStation("serve", data, extra)
    station.admin = station.sign_in("admin", created.stdout.split("password:")[1].strip())
    return station


def post(station: RunningStation, kind: str, body: dict) -> dict:
    """Creates a configuration entity as the station's administrator."""
    answer = station.admin.post(f"{station.url}/api/v1/{kind}", json=body, timeout=10)
    assert answer.status_code == 201, answer.text
    return answer.json()


def wait_for(check, seconds=15):
    """`check()`'s first true value within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("not in time")
