"""Issue 15, item 1: the logbook is written by the server in English, and read in the operator's language. An
alarm played at the pharmacy (taken, a callback, a guard requested then on site, closed) reads in French on the
logbook screen and in the alarm's timeline, with no English word of the server's and no identifier."""
import re

from panel import PHARMACY, send

# The words of the server's English summaries ("Burglary Alarm — zone 3: taken", "step 1 callback, call answered",
# "guard onSite", "closed with REAL-GRD", "new alarm, priority 60", author "system"). The event's own meaning comes
# from the code tables in both languages (the SIA table's French is the station's part, not the renderer's): BA
# reads "Alarme intrusion", never "Burglary Alarm".
ENGLISH = re.compile(r"\b(taken|closed with|step \d|callback|answered|code word|guard|onSite|requested|new alarm|priority|"
                     r"restore|joined|system|skipped|attempt|Burglary)\b")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-", re.IGNORECASE)


def test_an_alarm_reads_in_french_on_the_logbook_and_its_timeline(empty_queue, open_console):
    station = empty_queue
    karim = open_console("karim")
    karim.take_over_shift()
    send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/BA003")
    karim.queue_row("Pharmacie du Centre")

    session = station.sign_in("karim", station.accounts["karim"])
    alarm = next(alarm for alarm in session.get(f"{station.url}/api/v1/alarms", timeout=10).json()["items"] if alarm["code"] == "BA")
    path = f"{station.url}/api/v1/alarms/{alarm['id']}"
    assert session.post(f"{path}/take", timeout=10).status_code == 200
    answered = {"call": "answered", "called": "Pharmacie du Centre, 04 78 00 00 01", "codeWord": "wrong"}
    assert session.post(f"{path}/steps/0", json={"outcome": answered}, timeout=10).status_code == 200
    for milestone in ("requested", "onSite"):
        dispatched = session.post(f"{path}/dispatch", json={"service": "guard", "milestone": milestone, "reference": "GS-4412"}, timeout=10)
        assert dispatched.status_code == 200, dispatched.text
    steps = session.get(path, timeout=10).json()["steps"]
    for index, record in enumerate(steps):
        if record["step"]["required"] and not record.get("outcome") and not record.get("skippedReason"):
            session.post(f"{path}/steps/{index}", json={"skippedReason": "agent sur place"}, timeout=10)
    closed = session.post(f"{path}/close", json={"closureCode": "REAL-GRD", "comment": "porte forcée"}, timeout=10)
    assert closed.status_code == 200, closed.text

    karim.go(f"#/logbook/alarm/{alarm['id']}")
    karim.wait(lambda d: "clôturée avec le code REAL-GRD (porte forcée)" in karim.text("#logbook-rows"), message=lambda: karim.text("#logbook-rows"))
    text = karim.text("#logbook-rows")
    for sentence in ("Alarme intrusion", "nouvelle alarme, priorité", ": prise en compte", "Contre-appel du site — appel : répond, Pharmacie du Centre, 04 78 00 00 01, mot de passe : faux",
                     ": Agent d'intervention, demandée — réf. GS-4412", ": Agent d'intervention, sur place — réf. GS-4412", "Station"):
        assert sentence in text, (sentence, text)
    kinds = [cell.text for cell in karim.find_all("#logbook-rows tr td:nth-child(2)")]
    assert {"Alarme", "Prise en compte", "Consigne", "Intervention", "Clôture"} <= set(kinds), kinds
    assert not ENGLISH.search(text), ENGLISH.search(text)
    assert not UUID.search(text)
    assert not any("." in kind for kind in kinds), kinds  # never `alarm.taken`

    # The alarm's own timeline tells the same story in the same words.
    karim.go(f"#/alarm/{alarm['id']}")
    karim.wait_text("#timeline", "clôturée avec le code REAL-GRD")
    timeline = karim.text("#timeline")
    assert ": Agent d'intervention, sur place" in timeline and not ENGLISH.search(timeline), timeline
    assert "Alarme intrusion" in karim.text("#alarm-title")
    assert karim.errors() == []
