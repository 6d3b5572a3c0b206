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
import multiprocessing
import os
import smtplib
import statistics
import sys
import tempfile
import threading
import time
from email.message import EmailMessage

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "e2e"))
from station import RunningStation, vigie  # noqa: E402


def image(size: int) -> bytes:
    return b"\xff\xd8\xff\xe0" + os.urandom(size - 6) + b"\xff\xd9"


def client(port: int, seconds: float, size: int, index: int, results):
    latencies = []
    mail = EmailMessage()
    mail["From"] = "cam@bench"
    mail["To"] = "bench@alarmes.example"
    mail["Subject"] = "Motion"
    mail.set_content("motion")
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as smtp:
        smtp.ehlo("bench")
        deadline = time.monotonic() + seconds
        count = 0
        while time.monotonic() < deadline:
            message = mail
            del message["Message-ID"]
            message["Message-ID"] = f"<{index}.{count}@bench>"
            message.clear_content()
            message.set_content("motion")
            message.add_attachment(image(size), maintype="image", subtype="jpeg", filename="cam.jpg")
            data = message.as_bytes()
            smtp.mail("cam@bench")
            smtp.rcpt("bench@alarmes.example")
            started = time.monotonic()
            code, _ = smtp.data(data)
            if code == 250:
                latencies.append(time.monotonic() - started)
            count += 1
    results.put(latencies)


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
        processes = [multiprocessing.Process(target=client, args=(served.smtp_port, arguments.seconds, arguments.size, index, results))
                     for index in range(arguments.clients)]
        for process in processes:
            process.start()
        latencies = [value for _ in processes for value in results.get()]
        for process in processes:
            process.join()
    finally:
        served.stop()
    rate = len(latencies) / arguments.seconds
    latencies.sort()
    quantile = lambda q: 1000 * latencies[min(len(latencies) - 1, int(q * len(latencies)))]
    print(f"station: {rate:.0f} e-mails/s with {arguments.size} B each over {arguments.clients} connections "
          f"({len(latencies)} answered 250 in {arguments.seconds:.0f} s); end of DATA → 250: "
          f"p50 {quantile(0.5):.1f} ms, p95 {quantile(0.95):.1f} ms, p99 {quantile(0.99):.1f} ms")
    floor_rate = floor(min(arguments.seconds, 10), arguments.size, arguments.clients)
    print(f"floor: {floor_rate:.0f} files/s of {arguments.size} B written and fsynced by {arguments.clients} threads; "
          f"station/floor = {rate / floor_rate:.2f}")
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
