"""Clips on alarm (issue 16): a camera e-mail opens an alarm, and the station records a clip of each camera covering
its zones from the camera's RTSP stream with ffmpeg (a real GStreamer RTSP server on loopback); the clip is an MP4
the console plays, and a camera whose stream never sends a picture is written on the alarm without holding it up."""
import json
import time

import pytest

from rtsp_camera import rtsp_camera
from station import post, served_with_admin, wait_for
from test_camera_email import _accepts, camera_mail, send


@pytest.fixture
def station(tmp_path):
    config = tmp_path / "vigie.json"
    config.write_text(json.dumps({"media": {"clipSeconds": 2}}))
    station = served_with_admin(tmp_path, ("--config", str(config)))
    yield station
    if station.process.poll() is None:
        station.stop()


def test_an_alarm_gets_a_clip_of_each_camera_with_a_stream(station):
    with rtsp_camera() as stream, rtsp_camera(hang=True) as silent:
        customer = post(station, "customers", {"name": "Entrepôts Rhône", "kind": "business"})
        site = post(station, "sites", {"customerID": customer["id"], "name": "Entrepôt de Corbas",
                              "address": {"street": "2 rue du Quai", "postalCode": "69960", "city": "Corbas", "country": "FR"}})
        post(station, "zones", {"siteID": site["id"], "number": 2, "description": "Quai 2", "type": "perimeter"})
        post(station, "devices", {"siteID": site["id"], "name": "Caméra quai 2", "driver": "rtspOnly", "host": "127.0.0.1",
                         "rtspURL": stream, "username": "viewer", "password": "Zq9-secret", "zones": [2], "mailbox": "quai2"})
        post(station, "devices", {"siteID": site["id"], "name": "Caméra muette", "driver": "rtspOnly", "host": "127.0.0.1",
                         "rtspURL": silent, "password": "Zq9-secret", "username": "viewer", "zones": [2]})
        wait_for(lambda: _accepts(station))
        started = time.monotonic()
        assert send(station, camera_mail()) == {}

        url = station.url
        alarm = wait_for(lambda: next((a for a in station.admin.get(f"{url}/api/v1/alarms", timeout=10).json()["items"]
                                       if a["siteID"] == site["id"]), None))
        clips = wait_for(lambda: [m for m in station.admin.get(f"{url}/api/v1/alarms/{alarm['id']}/media", timeout=10).json()
                                  if m["kind"] == "clip"] or None, seconds=40)
        assert [(c["deviceName"], c["contentType"], c["origin"]) for c in clips] == [("Caméra quai 2", "video/mp4", "recording")]
        served = station.admin.get(f"{url}/api/v1/media/{clips[0]['id']}", timeout=10)
        assert served.status_code == 200 and served.headers["Content-Type"] == "video/mp4" and served.content[4:8] == b"ftyp"

        def failed():
            entries = station.admin.get(f"{url}/api/v1/logbook", params={"alarmID": alarm["id"], "kind": "media.failed"},
                                        timeout=10).json()["items"]
            return [e for e in entries if "Caméra muette" in e["summary"] and "clip" in e["details"]] or None
        failure = wait_for(failed, seconds=40)
        assert "Zq9-secret" not in json.dumps(failure)
        print(f"clip of 2 s attached {time.monotonic() - started:.1f} s after the e-mail")

