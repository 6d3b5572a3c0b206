"""Story 7, issue 15 item 3: the hand-over report reads as a shift report in French (alarms handled with their
closure, alarms still open and who holds them, the operator's notes, the hand-over notes), is read again on the
shift screen after the hand-over, and prints without buttons."""
from panel import PHARMACY, send


def handle(session, station, alarm, close=None):
    """Takes `alarm`, then closes it with `close` (code, comment), its required steps skipped with a reason."""
    path = f"{station.url}/api/v1/alarms/{alarm['id']}"
    assert session.post(f"{path}/take", timeout=10).status_code == 200
    if not close:
        return path
    for index, record in enumerate(alarm["steps"]):
        if record["step"]["required"]:
            session.post(f"{path}/steps/{index}", json={"skippedReason": "levée de doute négative"}, timeout=10)
    closed = session.post(f"{path}/close", json={"closureCode": close[0], "comment": close[1]}, timeout=10)
    assert closed.status_code == 200, closed.text
    return path


def test_the_hand_over_report_reads_as_a_shift_report_in_french_and_prints_clean(empty_queue, open_console):
    station = empty_queue
    karim = open_console("karim")
    karim.take_over_shift()
    send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/BA003")
    send(station, "3E07", None, "Nri1/FA001")
    karim.queue_row("Menuiserie Perrin")

    session = station.sign_in("karim", station.accounts["karim"])
    alarms = {alarm["code"]: alarm for alarm in session.get(f"{station.url}/api/v1/alarms", timeout=10).json()["items"]}
    handle(session, station, alarms["BA"], close=("FA-USR", "client entré sans désarmer"))
    fire = handle(session, station, alarms["FA"])
    note = session.post(f"{station.url}/api/v1/logbook", json={"kind": "manual.note", "text": "Gardien de Logisud prévenu des travaux"}, timeout=10)
    assert note.status_code == 201, note.text

    # Holding the fire, the hand-over is refused and nothing is reported; released, it goes through.
    karim.go("#/shift")
    karim.wait_for("#handover-notes").send_keys("Surveiller la Menuiserie Perrin")
    karim.find("#handover-form button[type=submit]").click()
    karim.wait_for(".notice-error")
    assert karim.find_all("#handover-form")
    assert session.post(f"{fire}/release", timeout=10).status_code == 200
    karim.find("#handover-form button[type=submit]").click()
    karim.wait(lambda d: not d.find_elements("css selector", "#handover-form"), message=lambda: karim.text("main"))

    report = karim.wait_for("#handover-report")
    assert "Rapport de fin de service — karim" in report.text
    handled = karim.text("#report-handled")
    assert "Alarmes traitées et clôturées" in handled and "Pharmacie du Centre" in handled, handled
    assert "FA-USR — Fausse alarme — erreur utilisateur (Fausse alarme) : client entré sans désarmer" in handled, handled
    still_open = karim.text("#report-open")
    assert "Menuiserie Perrin" in still_open and "à traiter" in still_open and "dans la file" in still_open, still_open
    assert "Pharmacie du Centre" not in still_open
    written = karim.text("#report-written")
    assert "Note" in written and "Gardien de Logisud prévenu des travaux" in written, written
    assert "Surveiller la Menuiserie Perrin" in karim.text("#report-notes")
    assert "Rien à signaler." in karim.text("#report-dispatches")
    for identifier in ("alarm.", "manual.note", "falseAlarm", "stillOpen", "undefined"):
        assert identifier not in report.text, identifier

    # Read again later: the shift screen shows the last hand-over's report (the next operator's take-over).
    karim.driver.refresh()
    karim.wait(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    karim.go("#/shift")
    karim.wait_text("#report-handled", "FA-USR")

    # On paper: the report alone, no button, no form.
    karim.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert karim.find("#handover-report").is_displayed()
    assert [button.text for button in karim.find_all("button") if button.is_displayed()] == []
    assert not karim.find("#takeover-form").is_displayed()
    # The one failed request is the refused hand-over.
    assert [error for error in karim.errors() if "shifts/handover" not in error] == []
