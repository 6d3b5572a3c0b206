"""Camera alarm e-mails into a real station (issue 16): Python's smtplib is the camera, the station's SMTP receiver
answers per protocol, the alarm opens with its image, and every view of the image is in the logbook."""
import hashlib
import smtplib
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from station import post, vigie, wait_for

JPEG = (Path(__file__).parent.parent / "Fixtures" / "camera" / "quai2.jpg").read_bytes()


def camera_mail(to="quai2@alarmes.example", subject="Détection de mouvement quai 2", message_id="<1@cam-quai2>", image=JPEG):
    mail = EmailMessage()
    mail["From"] = "cam-quai2@entrepot.example"
    mail["To"] = to
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    mail.set_content("Alarme détectée sur la caméra du quai 2.")
    mail.add_attachment(image, maintype="image", subtype="jpeg", filename="quai2 20261203.jpg")
    return mail


def add_warehouse(station):
    """A site with a zone and a camera that covers it, whose alarm e-mails go to quai2@…"""
    customer = post(station, "customers", {"name": "Entrepôts Rhône", "kind": "business"})
    site = post(station, "sites", {"customerID": customer["id"], "name": "Entrepôt de Corbas", "reference": "S12345",
                          "address": {"street": "2 rue du Quai", "postalCode": "69960", "city": "Corbas", "country": "FR"}})
    post(station, "zones", {"siteID": site["id"], "number": 2, "description": "Quai 2", "type": "perimeter"})
    post(station, "devices", {"siteID": site["id"], "name": "Caméra quai 2", "driver": "httpSnapshot", "host": "192.0.2.10",
                     "snapshotURL": "/snapshot.jpg", "zones": [2], "mailbox": "quai2"})
    return site


def send(station, mail, **options):
    with smtplib.SMTP("127.0.0.1", station.smtp_port, timeout=30) as client:
        client.ehlo("cam-quai2")
        return client.send_message(mail, **options)


def test_a_camera_email_opens_an_alarm_with_its_image_and_every_view_is_logged(served):
    station = served
    site = add_warehouse(station)
    # The mailbox directory reads the new camera within a moment of the change.
    wait_for(lambda: _accepts(station))
    assert send(station, camera_mail()) == {}

    url = station.url
    alarm = wait_for(lambda: next((a for a in station.admin.get(f"{url}/api/v1/alarms", timeout=10).json()["items"]
                                   if a["siteID"] == site["id"]), None))
    assert alarm["zonesInAlarm"] == [2] and alarm["titles"]["fr"].startswith("Alarme caméra — zone 2")
    media = station.admin.get(f"{url}/api/v1/alarms/{alarm['id']}/media", timeout=10).json()
    assert [(m["kind"], m["deviceName"], m["sha256"], m["size"]) for m in media] == [
        ("image", "Caméra quai 2", hashlib.sha256(JPEG).hexdigest(), len(JPEG))]

    served = station.admin.get(f"{url}/api/v1/media/{media[0]['id']}", timeout=10)
    assert served.status_code == 200 and served.content == JPEG
    assert served.headers["Content-Type"] == "image/jpeg"
    downloaded = station.admin.get(f"{url}/api/v1/media/{media[0]['id']}", params={"download": "true"}, timeout=10)
    assert "attachment" in downloaded.headers["Content-Disposition"]
    entries = station.admin.get(f"{url}/api/v1/logbook", params={"alarmID": alarm["id"], "limit": 100}, timeout=10).json()["items"]
    kinds = [entry["kind"] for entry in entries]
    assert {"media.attached", "media.viewed", "media.downloaded"} <= set(kinds), kinds
    viewed = next(entry for entry in entries if entry["kind"] == "media.viewed")
    assert viewed["authorName"] == "admin" and media[0]["sha256"] in viewed["details"]

    # The camera sends the same message again (it missed the 250): accepted, stored once.
    assert send(station, camera_mail()) == {}
    time.sleep(1)
    assert len(station.admin.get(f"{url}/api/v1/alarms/{alarm['id']}/media", timeout=10).json()) == 1

    station.stop()
    verified = vigie("logbook", "verify", "--data", station.data)
    assert "logbook intact" in verified.stdout, verified.stdout + verified.stderr


def test_bad_mail_is_answered_per_protocol_and_stored_with_its_reason(served):
    station = served
    add_warehouse(station)
    wait_for(lambda: _accepts(station))
    with pytest.raises(smtplib.SMTPRecipientsRefused) as unknown:
        send(station, camera_mail(to="nobody@alarmes.example"))
    assert unknown.value.recipients["nobody@alarmes.example"][0] == 550

    truncated = (b"From: cam@x\r\nTo: quai2@alarmes.example\r\nSubject: cut\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                 b"--b\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n")
    with smtplib.SMTP("127.0.0.1", station.smtp_port, timeout=30) as client:
        client.ehlo("cam")
        with pytest.raises(smtplib.SMTPDataError) as malformed:
            client.sendmail("cam@x", ["quai2@alarmes.example"], truncated)
        assert malformed.value.smtp_code == 554
        # 50 MB declared with SIZE is refused at MAIL; sent without declaring it, refused after the data.
        huge = camera_mail(image=bytes(50 * 1024 * 1024), message_id="<huge@cam>").as_bytes()
        with pytest.raises(smtplib.SMTPSenderRefused) as declared:
            client.sendmail("cam@x", ["quai2@alarmes.example"], huge)
        assert declared.value.smtp_code == 552
        client.rset()
        assert client.mail("cam@x")[0] == 250 and client.rcpt("quai2@alarmes.example")[0] == 250
        code, _ = client.data(huge)
        assert code == 552
        # The connection is still good for the next camera e-mail.
        assert client.sendmail("cam@x", ["quai2@alarmes.example"], camera_mail(message_id="<after@cam>").as_bytes()) == {}

    def refused():
        items = station.admin.get(f"{station.url}/api/v1/signals", params={"errors": "true"}, timeout=10).json()["items"]
        return items if len(items) >= 3 else None
    errors = {signal["error"].split(":")[0] for signal in wait_for(refused)}
    assert {"unknownRecipient", "malformedMIME", "messageTooLarge"} <= errors
    stored = station.admin.get(f"{station.url}/api/v1/signals", params={"errors": "true"}, timeout=10).json()["items"]
    assert all(len(signal["raw"]) < 20_000 for signal in stored)


def _accepts(station):
    with smtplib.SMTP("127.0.0.1", station.smtp_port, timeout=10) as client:
        client.ehlo("probe")
        client.mail("probe@x")
        return client.rcpt("quai2@alarmes.example")[0] == 250
