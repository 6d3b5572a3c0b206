"""Live view on alarm (issue 16): the station relays a camera's RTSP stream (a real GStreamer RTSP server on loopback)
as MJPEG to the operator, only while the alarm's window is open, each opening written in the logbook; eight views at
once fit, a ninth is refused, and a closed alarm shows nothing. The figures it prints are in docs/benchmarks.md."""
import threading
import time


from rtsp_camera import rtsp_camera
from station import post, wait_for
from test_camera_email import _accepts, camera_mail, send


def watch(station, alarm_id, device_id, seconds):
    """Reads the live view for `seconds`: when its first frame came, and how many frames."""
    started = time.monotonic()
    first, frames = None, 0
    with station.admin.get(f"{station.url}/api/v1/alarms/{alarm_id}/live/{device_id}", stream=True, timeout=30) as answer:
        assert answer.status_code == 200, answer.text
        assert answer.headers["Content-Type"].startswith("multipart/x-mixed-replace")
        for chunk in answer.iter_content(chunk_size=4096):
            frames += chunk.count(b"--ffmpeg")
            if frames and first is None:
                first = time.monotonic() - started
            if time.monotonic() - started > seconds:
                break
    return first, frames


def test_the_operator_watches_a_camera_live_only_while_the_alarm_is_open(served):
    station = served
    with rtsp_camera() as stream:
        customer = post(station, "customers", {"name": "Entrepôts Rhône", "kind": "business"})
        site = post(station, "sites", {"customerID": customer["id"], "name": "Entrepôt de Corbas",
                                       "address": {"street": "2 rue", "postalCode": "69960", "city": "Corbas", "country": "FR"}})
        other = post(station, "sites", {"customerID": customer["id"], "name": "Entrepôt de Saint-Priest",
                                        "address": {"street": "3 rue", "postalCode": "69800", "city": "Saint-Priest", "country": "FR"}})
        post(station, "zones", {"siteID": site["id"], "number": 2, "description": "Quai 2", "type": "perimeter"})
        camera = post(station, "devices", {"siteID": site["id"], "name": "Caméra quai 2", "driver": "rtspOnly", "host": "127.0.0.1",
                                           "rtspURL": stream, "username": "viewer", "password": "Zq9-secret", "zones": [2],
                                           "mailbox": "quai2"})
        elsewhere = post(station, "devices", {"siteID": other["id"], "name": "Caméra Saint-Priest", "driver": "rtspOnly",
                                              "host": "127.0.0.1", "rtspURL": stream})
        post(station, "closure-codes", {"code": "FA-VIDEO", "label": "Levée de doute vidéo négative", "outcome": "falseAlarm"})
        wait_for(lambda: _accepts(station))
        assert send(station, camera_mail()) == {}
        url = station.url
        alarm = wait_for(lambda: next((a for a in station.admin.get(f"{url}/api/v1/alarms", timeout=10).json()["items"]
                                       if a["siteID"] == site["id"]), None))
        context = station.admin.get(f"{url}/api/v1/alarms/{alarm['id']}/context", timeout=10).json()
        assert context["liveUntil"] and [d["live"] for d in context["devices"]] == [True]
        assert "Zq9-secret" not in str(context) and stream not in str(context)

        first, frames = watch(station, alarm["id"], camera["id"], 3)
        print(f"live view: first frame after {first:.2f} s, {frames} frames in 3 s")
        assert first is not None and frames >= 5
        entries = station.admin.get(f"{url}/api/v1/logbook", params={"alarmID": alarm["id"], "kind": "media.liveViewed"},
                                    timeout=10).json()["items"]
        assert [(e["authorName"], "Caméra quai 2" in e["summary"]) for e in entries] == [("admin", True)]

        # Eight at once on two cores; the ninth is told there is no room. The view just closed frees its place once
        # the server's next write finds the viewer gone (a frame later).
        time.sleep(1)
        results = [None] * 8
        def viewer(index):
            results[index] = watch(station, alarm["id"], camera["id"], 5)
        threads = [threading.Thread(target=viewer, args=(index,)) for index in range(8)]
        for thread in threads:
            thread.start()
        time.sleep(2)
        with station.admin.get(f"{url}/api/v1/alarms/{alarm['id']}/live/{camera['id']}", stream=True, timeout=10) as ninth:
            assert ninth.status_code == 503 and ninth.json()["key"] == "tooManyLiveViews"
        for thread in threads:
            thread.join()
        starts = sorted(first for first, _ in results)
        print(f"8 live views: first frames after {starts[0]:.2f}–{starts[-1]:.2f} s, "
              f"{min(f for _, f in results) / 5:.1f}–{max(f for _, f in results) / 5:.1f} frames/s each")
        assert all(frames >= 5 for _, frames in results)

        # Another site's camera is not this alarm's; a closed alarm shows nothing.
        assert station.admin.get(f"{url}/api/v1/alarms/{alarm['id']}/live/{elsewhere['id']}", timeout=10).status_code == 404
        path = f"{url}/api/v1/alarms/{alarm['id']}"
        assert station.admin.post(f"{path}/take", timeout=10).status_code == 200
        closed = station.admin.post(f"{path}/close", json={"closureCode": "FA-VIDEO", "comment": "rien sur les images"}, timeout=10)
        assert closed.status_code == 200, closed.text
        refused = station.admin.get(f"{path}/live/{camera['id']}", timeout=10)
        assert refused.status_code == 403 and refused.json()["key"] == "liveViewClosed"
