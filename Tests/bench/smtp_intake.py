"""SMTP intake benchmark (issue 16): camera e-mails with a 200 KB JPEG each into a real station, beside the floor
of the same durable work on the same machine.

    python3 Tests/bench/smtp_intake.py [--seconds 20] [--clients 8] [--size 200000] [--vigie .build/release/vigie]

The station is `vigie serve` on a fresh data directory with one camera mailbox; the load generator is this script,
in other processes (one SMTP connection each, messages back to back, each with its own image so that nothing is
deduplicated). It reports messages/s answered 250 (after the commit), latency from the end of DATA to the 250, and
the floor: 200 KB files written and fsynced (file and directory, as the media library does) by as many threads,
with no SMTP, MIME or database at all.
"""
import argparse
import base64
import multiprocessing
import os
import smtplib
import statistics
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "e2e"))
from station import RunningStation, vigie  # noqa: E402


def image(size: int) -> bytes:
    return b"\xff\xd8\xff\xe0" + os.urandom(size - 6) + b"\xff\xd9"


def messages(count: int, size: int, index: int) -> list:
    """`count` camera e-mails with a distinct image each, built before the clock starts: the generator must not be
    what is measured (Python's email package costs more per message than the station)."""
    built = []
    for number in range(count):
        encoded = base64.encodebytes(image(size)).replace(b"\n", b"\r\n")
        built.append(
            b"From: cam@bench\r\nTo: bench@alarmes.example\r\nSubject: Motion\r\n"
            + f"Message-ID: <{index}.{number}@bench>\r\n".encode()
            + b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            + b"--b\r\nContent-Type: text/plain\r\n\r\nmotion\r\n"
            + b"--b\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
            + b"Content-Disposition: attachment; filename=cam.jpg\r\n\r\n" + encoded + b"--b--\r\n")
    return built


def client(port: int, seconds: float, size: int, index: int, count: int, ready, start, results):
    prepared = messages(count, size, index)
    ready.release()
    start.wait()
    latencies = []
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as smtp:
        smtp.ehlo("bench")
        deadline = time.monotonic() + seconds
        for message in prepared:
            if time.monotonic() >= deadline:
                break
            smtp.mail("cam@bench")
            smtp.rcpt("bench@alarmes.example")
            smtp.docmd("DATA")
            started = time.monotonic()
            # Built with CRLF and no line starting with a dot: sent as is, without smtplib's regular expressions.
            smtp.send(message + b".\r\n")
            code, _ = smtp.getreply()
            if code == 250:
                latencies.append(time.monotonic() - started)
    results.put(latencies)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def floor(seconds: float, size: int, threads: int) -> float:
    folder = tempfile.mkdtemp(prefix="vigie-floor-")
    done = [0] * threads

    def write(slot):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            path = os.path.join(folder, f"{slot}-{done[slot]}")
            with open(path + ".part", "wb") as file:
                file.write(image(size))
                file.flush()
                os.fsync(file.fileno())
            os.rename(path + ".part", path)
            directory = os.open(folder, os.O_RDONLY)
            os.fsync(directory)
            os.close(directory)
            done[slot] += 1

    workers = [threading.Thread(target=write, args=(slot,)) for slot in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(done) / seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--vigie", default=os.environ.get("VIGIE_BIN", ".build/release/vigie"))
    arguments = parser.parse_args()
    os.environ["VIGIE_BIN"] = arguments.vigie
    import station
    station.VIGIE = arguments.vigie

    data = tempfile.mkdtemp(prefix="vigie-bench-smtp-")
    created = vigie("user", "add", "admin", "--role", "admin", "--generate-password", "--data", data)
    password = created.stdout.split("password:")[1].strip()
    served = RunningStation("serve", data, extra=("--log-level", "warning"))
    try:
        admin = served.sign_in("admin", password)
        customer = admin.post(f"{served.url}/api/v1/customers", json={"name": "Bench", "kind": "business"}).json()
        site = admin.post(f"{served.url}/api/v1/sites", json={"customerID": customer["id"], "name": "Bench",
                          "address": {"street": "1 rue", "postalCode": "69000", "city": "Lyon", "country": "FR"}}).json()
        admin.post(f"{served.url}/api/v1/devices", json={"siteID": site["id"], "name": "Caméra bench", "driver": "rtspOnly",
                   "host": "192.0.2.1", "rtspURL": "rtsp://{host}/1", "mailbox": "bench"})
        time.sleep(2)
        results = multiprocessing.Queue()
        ready = multiprocessing.Semaphore(0)
        start = multiprocessing.Event()
        # Enough distinct messages for four times the target rate, so that no image repeats.
        count = int(arguments.seconds * 800 / arguments.clients) + 10
        processes = [multiprocessing.Process(
            target=client, args=(served.smtp_port, arguments.seconds, arguments.size, index, count, ready, start, results))
            for index in range(arguments.clients)]
        for process in processes:
            process.start()
        for _ in processes:
            ready.acquire()
        cpu_before = cpu_seconds(served.process.pid)
        start.set()
        began = time.monotonic()
        latencies = [value for _ in processes for value in results.get()]
        elapsed = time.monotonic() - began
        station_cpu = cpu_seconds(served.process.pid) - cpu_before
        for process in processes:
            process.join()
    finally:
        served.stop()
    rate = len(latencies) / elapsed
    latencies.sort()
    quantile = lambda q: 1000 * latencies[min(len(latencies) - 1, int(q * len(latencies)))]
    print(f"station: {rate:.0f} e-mails/s with {arguments.size} B each over {arguments.clients} connections "
          f"({len(latencies)} answered 250 in {arguments.seconds:.0f} s); end of DATA → 250: "
          f"p50 {quantile(0.5):.1f} ms, p95 {quantile(0.95):.1f} ms, p99 {quantile(0.99):.1f} ms")
    print(f"station CPU: {station_cpu:.1f} s over {elapsed:.1f} s ({1000 * station_cpu / max(1, len(latencies)):.2f} ms per e-mail; "
          f"the load generator shares the 2 cores)")
    floor_rate = floor(min(arguments.seconds, 10), arguments.size, arguments.clients)
    print(f"floor: {floor_rate:.0f} files/s of {arguments.size} B written and fsynced by {arguments.clients} threads; "
          f"station/floor = {rate / floor_rate:.2f}")
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
