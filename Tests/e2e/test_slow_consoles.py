"""Live streams that never read (issue 25, item 6): 200 consoles open `/api/v1/stream` and stop reading while
a UDP flood from a configured panel fills the logbook (a flood of unknown accounts would be dropped before
decoding, see test_udp_flood.py). The station must stay bounded in memory, and the queue must stay quick to
read for everyone else, as each event is encoded once for every stream and a stalled stream is cut.
Figures are printed for docs/benchmarks.md; no time is asserted.
"""
import multiprocessing
import os
import socket
import statistics
import threading
import time

from station import RunningStation, vigie
from test_udp_flood import flood, rss_kib

CONSOLES = 200
FLOOD_SECONDS = 15
FLOOD_RATE = 5000
PANEL = "5E12"


def stalled_console(port: int, cookie: str) -> socket.socket:
    """A console that asks for the live stream and never reads it, with a small receive buffer."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    sock.sendall(f"GET /api/v1/stream HTTP/1.1\r\nHost: localhost\r\nCookie: {cookie}\r\n\r\n".encode())
    return sock


def configure_panel(admin, url: str):
    """The panel whose reports flood the logbook."""
    def post(kind, body):
        answer = admin.post(f"{url}/api/v1/{kind}", json=body, timeout=10)
        assert answer.status_code == 201, answer.text
        return answer.json()

    customer = post("customers", {"name": "Entrepôt Rhône", "kind": "business", "phone": "04 78 00 00 02"})
    site = post("sites", {"customerID": customer["id"], "name": "Entrepôt Rhône",
                          "address": {"street": "2 rue du Test", "postalCode": "69007", "city": "Lyon", "country": "FR"}})
    post("transmitters", {"siteID": site["id"], "account": PANEL, "receiver": "1", "line": "1", "wireProtocol": "dc09SIA"})
    time.sleep(1.0)  # the account directory reloads after a configuration change


def queue_read_ms(session, url: str) -> float:
    """The median time of five reads of the alarm queue."""
    times = []
    for _ in range(5):
        started = time.monotonic()
        assert session.get(url + "/api/v1/alarms", params={"limit": 50}, timeout=30).status_code == 200
        times.append(1000 * (time.monotonic() - started))
    return round(statistics.median(times), 1)


def test_stalled_live_streams_cost_bounded_memory_and_do_not_slow_the_queue(tmp_path):
    data = str(tmp_path / "data")
    created = vigie("user", "add", "admin", "--role", "admin", "--generate-password", "--data", data)
    assert created.returncode == 0, created.stderr
    password = created.stdout.split("password:")[1].strip()
    station = RunningStation("serve", data, extra=("--log-level", "warning"))
    lines = []
    threading.Thread(target=lambda: lines.extend(station.process.stdout), daemon=True).start()
    consoles = []
    try:
        admin = station.sign_in("admin", password)
        cookie = "; ".join(f"{name}={value}" for name, value in admin.cookies.items())
        configure_panel(admin, station.url)
        quiet_ms = queue_read_ms(admin, station.url)
        rss_before = rss_kib(station.process.pid)
        consoles = [stalled_console(station.port, cookie) for _ in range(CONSOLES)]
        sent = multiprocessing.Value("l", 0)
        flooder = multiprocessing.Process(target=flood, args=(station.receiver_port, FLOOD_SECONDS, FLOOD_RATE, sent, 1, PANEL))
        flooder.start()
        time.sleep(FLOOD_SECONDS / 3)
        rss_third = rss_kib(station.process.pid)
        time.sleep(FLOOD_SECONDS / 3)
        during_ms = queue_read_ms(admin, station.url)
        rss_two_thirds = rss_kib(station.process.pid)
        flooder.join(timeout=FLOOD_SECONDS + 30)
        time.sleep(2)
        rss_after = rss_kib(station.process.pid)
        after_ms = queue_read_ms(admin, station.url)
        logbook = admin.get(station.url + "/api/v1/logbook", params={"limit": 1}, timeout=30).json()
        figures = {
            "consoles": CONSOLES, "flood_sent": sent.value, "logbook_entries": logbook.get("total"),
            "rss_before_mib": round(rss_before / 1024), "rss_third_mib": round(rss_third / 1024),
            "rss_two_thirds_mib": round(rss_two_thirds / 1024), "rss_after_mib": round(rss_after / 1024),
            "get_alarms_ms_quiet": quiet_ms, "get_alarms_ms_during_flood": during_ms, "get_alarms_ms_after": after_ms,
            "load": os.getloadavg(), "cpus": os.cpu_count(),
        }
        print("slow console figures:", figures)
        assert logbook["total"] > 20 * CONSOLES, figures  # each stream had far more to send than it read
        assert rss_after < rss_before + 300 * 1024, figures
    finally:
        for console in consoles:
            console.close()
        if station.process.poll() is None:
            station.process.terminate()
            station.process.wait(timeout=30)
