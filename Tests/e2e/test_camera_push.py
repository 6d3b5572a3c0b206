"""Camera events pushed over HTTP into a real station (issue 16): Python's `requests` is the camera, with its own
HTTP Digest and Basic implementations; the station's push receiver answers per HTTP, the alarm opens with the pushed
picture, and bad pushes are answered by their status and stored with their reason."""
import base64
import hashlib
import time
from pathlib import Path

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from station import post, wait_for

JPEG = (Path(__file__).parent.parent / "Fixtures" / "camera" / "quai2.jpg").read_bytes()
ACCOUNT = ("admin", "Quai2-camera!")

ALERT = """<?xml version="1.0" encoding="UTF-8"?>
<EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
<ipAddress>192.0.2.10</ipAddress><portNo>80</portNo><protocol>HTTP</protocol><channelID>1</channelID>
<dateTime>2026-12-04T21:13:05+01:00</dateTime><activePostCount>1</activePostCount>
<eventType>{type}</eventType><eventState>{state}</eventState><eventDescription>Line crossing alarm</eventDescription>
</EventNotificationAlert>"""


def add_warehouse(station, password=ACCOUNT[1]):
    """A site with a zone and the camera that covers it, which pushes to /push/quai2 with its own account."""
    customer = post(station, "customers", {"name": "Entrepôts Rhône", "kind": "business"})
    site = post(station, "sites", {"customerID": customer["id"], "name": "Entrepôt de Corbas",
                          "address": {"street": "2 rue du Quai", "postalCode": "69960", "city": "Corbas", "country": "FR"}})
    post(station, "zones", {"siteID": site["id"], "number": 2, "description": "Quai 2", "type": "perimeter"})
    camera = {"siteID": site["id"], "name": "Caméra quai 2", "driver": "hikvisionISAPI", "host": "192.0.2.10", "zones": [2],
              "mailbox": "quai2", "username": ACCOUNT[0]}
    if password:
        camera["password"] = password
    post(station, "devices", camera)
    # The directory reads the new camera within a moment: the path is known once it asks for credentials.
    wait_for(lambda: push(station, "quai2", data=b"", auth=None).status_code in (401, 403))
    return site


def push(station, mailbox, auth=HTTPDigestAuth(*ACCOUNT), **options):
    return requests.post(f"http://127.0.0.1:{station.push_port}/push/{mailbox}", auth=auth, timeout=30, **options)


def hikvision(type="linedetection", state="active"):
    return {"files": {
        "linedetection": (None, ALERT.format(type=type, state=state), "application/xml"),
        "linedetectionPicture": ("linedetectionPicture.jpg", JPEG, "image/jpeg"),
    }}


def test_a_hikvision_push_opens_an_alarm_with_its_picture(served):
    station = served
    site = add_warehouse(station)
    challenged = push(station, "quai2", auth=None, **hikvision())
    assert challenged.status_code == 401
    offered = challenged.headers["WWW-Authenticate"]
    assert "Digest" in offered and "Basic" in offered

    answer = push(station, "quai2", **hikvision())
    assert answer.status_code == 200, answer.text
    url = station.url
    alarm = wait_for(lambda: next((a for a in station.admin.get(f"{url}/api/v1/alarms", timeout=10).json()["items"]
                                   if a["siteID"] == site["id"]), None))
    assert alarm["zonesInAlarm"] == [2] and alarm["titles"]["fr"].startswith("Franchissement de ligne détecté")
    media = station.admin.get(f"{url}/api/v1/alarms/{alarm['id']}/media", timeout=10).json()
    assert [(m["deviceName"], m["sha256"], m["origin"]) for m in media] == [
        ("Caméra quai 2", hashlib.sha256(JPEG).hexdigest(), "httpPush")]

    # The generic JSON form, with Basic: the same camera's next event joins the alarm with its inline image.
    second = JPEG + b"\x00"
    answer = push(station, "quai2", auth=HTTPBasicAuth(*ACCOUNT),
                  json={"type": "motion", "text": "Mouvement quai 2", "images": [base64.b64encode(second).decode()]})
    assert answer.status_code == 200, answer.text
    wait_for(lambda: len(station.admin.get(f"{url}/api/v1/alarms/{alarm['id']}/media", timeout=10).json()) == 2)

    # A camera that sends its push again (it missed the answer) makes no second signal; its keep-alive none at all.
    before = station.admin.get(f"{url}/api/v1/signals", timeout=10).json()["total"]
    assert push(station, "quai2", **hikvision()).status_code == 200
    assert push(station, "quai2", data=ALERT.format(type="videoloss", state="inactive"),
                headers={"Content-Type": "application/xml"}).status_code == 200
    time.sleep(1)
    assert station.admin.get(f"{url}/api/v1/signals", timeout=10).json()["total"] == before


def test_bad_pushes_are_answered_by_their_status_and_stored_with_their_reason(served):
    station = served
    add_warehouse(station)
    assert push(station, "nobody", **hikvision()).status_code == 404
    assert push(station, "quai2", auth=HTTPDigestAuth(ACCOUNT[0], "wrong"), **hikvision()).status_code == 401
    assert push(station, "quai2", data="<EventNotificationAlert><eventType>VMD",
                headers={"Content-Type": "application/xml"}).status_code == 400
    assert push(station, "quai2", data=b"GIF89a", headers={"Content-Type": "image/gif"}).status_code == 415
    assert push(station, "quai2", auth=HTTPBasicAuth(*ACCOUNT), data=bytes(17 * 1024 * 1024),
                headers={"Content-Type": "application/octet-stream"}).status_code == 413
    # The receiver is still good for the next camera event.
    assert push(station, "quai2", **hikvision()).status_code == 200

    def refused():
        items = station.admin.get(f"{station.url}/api/v1/signals", params={"errors": "true"}, timeout=10).json()["items"]
        return items if len(items) >= 4 else None
    stored = wait_for(refused)
    assert {signal["error"].split(":")[0] for signal in stored} == {"unknownDevice", "malformedPush", "unsupportedContentType",
                                                                   "bodyTooLarge"}
    assert all(len(signal["raw"]) < 20_000 for signal in stored)


def test_a_camera_without_an_account_cannot_push(served):
    station = served
    add_warehouse(station, password=None)
    answer = push(station, "quai2", **hikvision())
    assert answer.status_code == 403 and "account" in answer.text
