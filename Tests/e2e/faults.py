"""Helpers for the fault tests: a small real file system, a private PostgreSQL cluster, /healthz sampling, and
the check that every signal a panel saw ACKed is stored exactly once."""
import os
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import requests

POSTGRES_BIN = os.environ.get("VIGIE_POSTGRES_BIN", "/usr/lib/postgresql/15/bin")
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


class SmallDisk:
    """A tmpfs of a few megabytes mounted for one test (CI runs as root), so that "disk full" is the kernel's
    ENOSPC and not a simulation."""

    def __init__(self, size_mb: int):
        self.path = Path(tempfile.mkdtemp(prefix="vigie-small-disk-"))
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(self.path)], check=True)
        self.filler = self.path / "filler"

    def fill(self):
        """Takes every free byte (dd stops at ENOSPC)."""
        subprocess.run(["dd", "if=/dev/zero", f"of={self.filler}", "bs=64k"], capture_output=True)

    def free(self):
        self.filler.unlink(missing_ok=True)

    def unmount(self):
        subprocess.run(["umount", "-l", str(self.path)], check=False)
        shutil.rmtree(self.path, ignore_errors=True)

    @staticmethod
    def possible() -> bool:
        return os.geteuid() == 0 and shutil.which("mount") is not None


class PrivateCluster:
    """A PostgreSQL cluster of the test's own (scripts/test-postgres), so that the test may stop, restart and kill
    it without disturbing the other tests' server."""

    def __init__(self):
        result = subprocess.run([str(SCRIPTS / "test-postgres"), "start"], capture_output=True, text=True, check=True)
        exports = dict(line.removeprefix("export ").split("=", 1) for line in result.stdout.splitlines() if line.startswith("export "))
        self.directory = exports["VIGIE_TEST_POSTGRES_DIR"].strip("'")
        self.url = exports["VIGIE_TEST_POSTGRES_URL"].strip("'")
        self.data = os.path.join(self.directory, "data")
        # The options it was started with (port, socket directory), for starting it again after a kill.
        arguments = shlex.split(Path(self.data, "postmaster.opts").read_text())[1:]
        while "-D" in arguments:
            index = arguments.index("-D")
            del arguments[index:index + 2]
        self.options = " ".join(shlex.quote(argument) for argument in arguments)

    def _pg_ctl(self, *arguments: str, check: bool = True):
        command = [f"{POSTGRES_BIN}/pg_ctl", f"--pgdata={self.data}", f"--log={self.directory}/server.log", *arguments]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=60)

    def restart(self, mode: str):
        self._pg_ctl("--mode", mode, "--wait", "stop", check=False)
        self._start()

    def _start(self, check: bool = True):
        return self._pg_ctl("--wait", f"--options={self.options}", "start", check=check)

    def kill_postmaster(self):
        pid = int(Path(self.data, "postmaster.pid").read_text().split()[0])
        os.kill(pid, 9)
        # Its backends notice the postmaster's death and exit; the next start clears the stale pid file.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._start(check=False).returncode == 0:
                return
            time.sleep(0.5)
        raise RuntimeError("PostgreSQL did not start again after SIGKILL")

    def stop(self):
        subprocess.run([str(SCRIPTS / "test-postgres"), "stop", self.directory], capture_output=True)

    @staticmethod
    def possible() -> bool:
        return os.path.exists(f"{POSTGRES_BIN}/initdb")


class LogReader:
    """Reads a process's output as it comes, so that its pipe never fills (a full pipe blocks the station's
    logging, and so the station), and keeps it for the assertions' messages."""

    def __init__(self, process: subprocess.Popen):
        self.lines: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.thread.start()

    def _read(self, process: subprocess.Popen):
        for line in process.stdout:
            self.lines.append(line.rstrip())

    def text(self) -> str:
        self.thread.join(timeout=5)
        return "\n".join(self.lines)

    def tail(self, count: int = 40) -> str:
        return "\n".join(self.lines[-count:])


class HealthSampler:
    """Polls /healthz in the background and keeps (time, status) pairs: a hang (no answer within 3 s) is status 0,
    a refused connection -1."""

    def __init__(self, url: str, interval: float = 0.2):
        self.url = url + "/healthz"
        self.samples: list[tuple[float, int]] = []
        self.running = True
        self.thread = threading.Thread(target=self._run, args=(interval,), daemon=True)
        self.thread.start()

    def _run(self, interval: float):
        while self.running:
            try:
                status = requests.get(self.url, timeout=3).status_code
            except requests.Timeout:
                status = 0
            except requests.ConnectionError:
                status = -1  # not listening (the process is restarting), which is not a hang
            self.samples.append((time.monotonic(), status))
            time.sleep(interval)

    def stop(self):
        self.running = False
        self.thread.join(timeout=5)

    def statuses_between(self, start: float, end: float) -> list[int]:
        return [status for at, status in self.samples if start <= at <= end]


def wait_for_health(url: str, status: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/healthz", timeout=3).status_code == status:
                return True
        except requests.RequestException:
            pass
        time.sleep(0.2)
    return False


def acked_pairs(acked_log: Path) -> list[tuple[str, str]]:
    return [tuple(line.split()) for line in acked_log.read_text().splitlines()]


def check_acked_stored_once(acked: list[tuple[str, str]], stored: dict[tuple[str, str], int]):
    missing = [pair for pair in acked if pair not in stored]
    twice = [(pair, stored[pair]) for pair in acked if stored.get(pair, 0) > 1]
    assert not missing, f"{len(missing)} ACKed signals lost, e.g. {missing[:5]}"
    assert not twice, f"{len(twice)} ACKed signals stored more than once, e.g. {twice[:5]}"
