"""Descriptors (issue 25 and the SIGILL at ~20,000 idle DC-09 connections): a station started with only 1,024
open files is attacked by 1,100 HTTP connections that never finish their request head (slowloris) and 700
idle DC-09 TCP connections. It must not crash, must keep acknowledging a UDP panel throughout, must let a new
TCP panel in (an idle connection makes room for it at the cap), and its HTTP port must answer again once the
request-head deadline has closed the slowloris connections.
"""
import resource
import socket
import threading
import time

import requests

from dc09 import frame, reply_token
from station import RunningStation
from test_udp_flood import wait_for_ack

LIMIT = 1024


def limit_files():
    resource.setrlimit(resource.RLIMIT_NOFILE, (LIMIT, LIMIT))


def connect_many(port: int, count: int, greeting: bytes = b"") -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=2)
            if greeting:
                sock.sendall(greeting)
            sockets.append(sock)
        except OSError:
            pass
    return sockets


def test_a_station_out_of_descriptors_keeps_receiving_and_recovers_http(tmp_path):
    station = RunningStation("serve", str(tmp_path / "data"), extra=("--log-level", "info"), preexec_fn=limit_files)
    lines = []
    threading.Thread(target=lambda: lines.extend(station.process.stdout), daemon=True).start()
    held = []
    try:
        held += connect_many(station.port, 1100, b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        held += connect_many(station.receiver_port, 700)
        panel = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        answered = 0
        for sequence in range(1, 21):
            panel.sendto(frame("4F21", sequence, "#4F21|Nri1/BA003"), ("127.0.0.1", station.receiver_port))
            answered += wait_for_ack(panel, f"{sequence:04d}", time.monotonic() + 1.0)
        assert station.process.poll() is None, "the station died:\n" + "".join(lines[-40:])
        # The receiver is at its cap; once the idle connections have been quiet for more than a second (one quiet for
        # less may be mid-exchange), the quietest makes room and a new panel gets in.
        time.sleep(1.5)
        tcp_acked = False
        with socket.create_connection(("127.0.0.1", station.receiver_port), timeout=5) as tcp_panel:
            tcp_panel.sendall(frame("4F21", 21, "#4F21|Nri1/BA004"))
            try:
                tcp_acked = reply_token(tcp_panel.recv(2048)) == ("ACK", "0021")
            except OSError:
                pass  # closed instead of answered: not acknowledged
        # The deadline (10 s) closes the slowloris connections; then HTTP answers again.
        deadline = time.monotonic() + 30
        healthy = False
        while not healthy and time.monotonic() < deadline:
            try:
                healthy = requests.get(station.url + "/healthz", timeout=2).status_code in (200, 503)
            except requests.RequestException:
                time.sleep(0.5)
        caps = [line.strip() for line in lines if "open-file limit" in line]
        print("descriptor figures:", {"held": len(held), "udp_acks": answered, "new_tcp_panel_acked": tcp_acked, "http_back": healthy, "start_up": caps})
        assert answered == 20, "".join(lines[-40:])
        assert tcp_acked, "".join(lines[-40:])
        assert healthy, "".join(lines[-40:])
        assert station.process.poll() is None
    finally:
        for sock in held:
            sock.close()
        if station.process.poll() is None:
            station.process.terminate()
            station.process.wait(timeout=30)
