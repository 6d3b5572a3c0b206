"""Alarm → first image benchmark (issue 16: p95 ≤ 2 s when the camera answers in 200 ms).

    python3 Tests/bench/first_image.py [--alarms 60] [--interval 0.5] [--delay 0.2] [--vigie .build/release/vigie]

The station is `vigie serve` on a fresh data directory with one site per alarm, each with a camera covering its zone;
the camera is this script's HTTP server on loopback, answering each snapshot after `--delay`. Each alarm is a camera
e-mail without image (so the only image is the station's snapshot), sent over SMTP; the time measured runs from the
start of the SMTP exchange to the `media.attached` entry on a console's live stream (`/api/v1/stream`, what the
handling screen listens to before it fetches the image). The floor is the same snapshot fetched straight from the
camera by this script.
"""
import argparse
import json
import os
import smtplib
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "e2e"))
from station import RunningStation, vigie  # noqa: E402

JPEG = (Path(__file__).parent.parent / "Fixtures" / "camera" / "quai2.jpg").read_bytes()


def camera(delay: float) -> ThreadingHTTPServer:
    class Snapshot(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(len(JPEG)))
            self.end_headers()
            self.wfile.write(JPEG)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Snapshot)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--alarms", type=int, default=60)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--vigie", default=None)
    options = parser.parse_args()
    if options.vigie:
        os.environ["VIGIE_BIN"] = options.vigie
    fake = camera(options.delay)
    host = f"127.0.0.1:{fake.server_address[1]}"
    data = os.path.join(tempfile.mkdtemp(prefix="vigie-first-image-"), "data")
    created = vigie("user", "add", "admin", "--role", "admin", "--generate-password", "--data", data)
    station = RunningStation("serve", data, extra=("--log-level", "warning"))
    admin = station.sign_in("admin", created.stdout.split("password:")[1].strip())

    def post(kind, body):
        answer = admin.post(f"{station.url}/api/v1/{kind}", json=body, timeout=10)
        assert answer.status_code == 201, answer.text
        return answer.json()

    customer = post("customers", {"name": "Banc d'essai", "kind": "business"})
    for index in range(options.alarms):
        site = post("sites", {"customerID": customer["id"], "name": f"Site {index}",
                              "address": {"street": "1 rue", "postalCode": "69001", "city": "Lyon", "country": "FR"}})
        post("zones", {"siteID": site["id"], "number": 1, "description": "Entrée", "type": "interior"})
        post("devices", {"siteID": site["id"], "name": f"Caméra {index}", "driver": "httpSnapshot", "host": host,
                         "snapshotURL": "/snapshot.jpg", "zones": [1], "mailbox": f"cam{index}"})
    time.sleep(2)  # the mailbox directory reads the new cameras

    attached = {}
    def listen():
        with admin.get(f"{station.url}/api/v1/stream", stream=True, timeout=600) as answer:
            for line in answer.iter_lines():
                if line.startswith(b"data:"):
                    entry = json.loads(line[5:]).get("entry", {})
                    if entry.get("kind") == "media.attached" and entry.get("siteID"):
                        attached.setdefault(entry["siteID"], time.monotonic())
    threading.Thread(target=listen, daemon=True).start()
    time.sleep(1)

    sites = {site["name"]: site["id"] for site in admin.get(f"{station.url}/api/v1/sites", params={"limit": 500}).json()["items"]}
    sent = {}
    for index in range(options.alarms):
        message = (f"From: cam{index}@bench\r\nTo: cam{index}@alarmes.example\r\nSubject: Motion\r\n"
                   f"Message-ID: <{index}@first-image>\r\n\r\nMotion detected\r\n")
        started = time.monotonic()
        with smtplib.SMTP("127.0.0.1", station.smtp_port, timeout=30) as client:
            client.sendmail(f"cam{index}@bench", [f"cam{index}@alarmes.example"], message)
        sent[sites[f"Site {index}"]] = started
        time.sleep(options.interval)
    deadline = time.monotonic() + 30
    while len(attached) < options.alarms and time.monotonic() < deadline:
        time.sleep(0.2)
    latencies = sorted(attached[site] - sent[site] for site in sent if site in attached)
    floor = []
    for _ in range(20):
        started = time.monotonic()
        urllib.request.urlopen(f"http://{host}/snapshot.jpg").read()
        floor.append(time.monotonic() - started)
    station.stop()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"alarms {options.alarms}, images on the live stream {len(latencies)}, camera delay {options.delay * 1000:.0f} ms")
    print(f"alarm -> first image: p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms")
    print(f"floor (the snapshot straight from the camera): median {statistics.median(floor) * 1000:.0f} ms; "
          f"ratio p95/floor {p95 / statistics.median(floor):.1f}")
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
