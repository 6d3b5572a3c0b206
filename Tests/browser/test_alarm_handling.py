"""Story 2 at the pharmacy, through the browser: a panel's burglary appears live in the queue; the operator
takes it, calls back (wrong code word), calls the keyholders, dispatches a guard and the police, receives
the restore, closes with a closure code; the logbook shows every step and its chain verifies."""
import os

import requests

from panel import PHARMACY, send
from station import vigie

SCREENSHOTS = os.environ.get("VIGIE_SCREENSHOTS")


def shoot(console, name):
    """Saves a screenshot for the README when VIGIE_SCREENSHOTS names a folder (scripts, not CI)."""
    if SCREENSHOTS:
        console.screenshot(os.path.join(SCREENSHOTS, f"{name}.png"))


def test_burglary_handled_end_to_end(station, open_console):
    karim = open_console("karim")
    karim.take_over_shift()

    send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/BA003")
    send(station, "7C30", "9B1E4D7A2C5F8E0B3D6A9C2F5E8B1D4A7C0F3E6B9D2A5C8F1E4B7D0A3C6F9E2B", "Nri1/BA007", "Nri1/BA009")
    send(station, "3E07", None, "Nri1/FA001")
    row = karim.queue_row("Pharmacie du Centre")
    assert "Haute" in row.text and "◆" in row.text  # priority by shape and word, not colour alone
    karim.queue_row("Menuiserie Perrin")
    karim.wait_text(".qalarm", "confirmée")  # Logisud's two zones: a confirmed intrusion
    # The fire and the confirmed intrusion are urgent: the console rang; `m` mutes it.
    assert int(karim.driver.execute_script("return document.body.dataset.rang || 0")) >= 1
    karim.press("m")
    karim.wait(lambda d: d.find_element("css selector", "#sound").get_attribute("aria-pressed") == "false")
    shoot(karim, "queue")

    karim.select_in_queue("Pharmacie du Centre")
    karim.press("\ue007")  # Enter: take and open
    karim.wait_for("#alarm-title")
    karim.wait_text("#alarm-state", "karim")
    assert "Pharmacie du Centre" in karim.text("#site-name")
    karim.wait_text(".zone-alarm", "réserve")
    alarm_id = karim.driver.execute_script("return location.hash.split('/')[2]")

    # Callback: the person who answers gives a wrong code word.
    karim.wait_for("#step-0.focused")
    karim.press("a")
    karim.wait_for("#codeword-word")
    karim.type("jonquille")
    karim.press("\ue007")
    karim.wait_text("#step-0 .outcome", "faux")
    # Keyholders: the first does not answer, the second does.
    karim.wait_for("#step-1.focused")
    karim.press("n")
    karim.wait_text("#step-1 .attempt", "Pas de réponse")
    karim.press("a")
    # Answered: what was said (the keyholder's announced delay), then Enter records the call.
    karim.wait_for("#call-note")
    karim.type("arrive dans 40 min")
    karim.press("\ue007")
    karim.wait_text("#step-1 .outcome", "M. Olivier Roux")
    assert "arrive dans 40 min" in karim.text("#step-1 .outcome")

    # Dispatch the guard, then the police, each with its reference; the guard arrives.
    karim.dispatch("g", "guard", "requested", "GS-4412")
    karim.dispatch("p", "police", "requested", "PN-17-0042")
    karim.wait_text("#alarm-state", "intervention en cours")
    karim.dispatch("g", "guard", "onSite", found="positive")  # the next milestone is preselected
    karim.wait_text("#alarm-verification", "levée de doute positive (sur place)")
    assert "douteuse (contre-appel)" in karim.text("#alarm-verification")
    shoot(karim, "alarm")

    # The restore arrives from the panel: the zone is back to normal, live.
    send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/BR003")
    karim.wait_text("#timeline", "Retour au calme")
    karim.wait_gone(".zone-alarm")
    karim.dispatch("g", "guard", "left")
    karim.press("r")
    karim.wait_text(".step[data-kind=waitForRestore] .outcome", "retour au calme reçu")

    karim.press("k")
    karim.wait_for("#closure-dialog input[value=REAL-POL]")
    position = [radio.get_attribute("value") for radio in karim.find_all("#closure-dialog input[name=code]")].index("REAL-POL") + 1
    karim.press(str(position))
    karim.wait(lambda d: d.switch_to.active_element.get_attribute("id") == "closure-comment")
    karim.type("Porte forcée, agent sur place puis police ; site remis en service.")
    karim.press("\ue007")
    karim.wait(lambda d: d.execute_script("return location.hash") == "#/queue")
    karim.wait_gone(f".qalarm#row-{alarm_id}")

    session = station.sign_in("karim", station.accounts["karim"])
    alarm = session.get(f"{station.url}/api/v1/alarms/{alarm_id}", timeout=10).json()
    assert alarm["lifecycle"]["state"] == "closed" and alarm["lifecycle"]["closureCode"] == "REAL-POL"
    assert all(record.get("outcome") or record.get("skippedReason") for record in alarm["steps"] if record["step"]["required"])

    # The logbook screen, filtered on this alarm as its screen links it, shows every step.
    karim.go(f"#/logbook/alarm/{alarm_id}")
    karim.wait_for("#logbook-alarm")
    karim.wait_text("#logbook-rows", "clôturée avec le code REAL-POL")
    kinds = {row.get_attribute("data-kind") for row in karim.find_all("#logbook-rows tr")}
    assert {"alarm.opened", "alarm.taken", "alarm.step", "alarm.dispatch", "alarm.restore", "alarm.closed"} <= kinds, kinds
    text = karim.text("#logbook-rows")
    # In French, from each entry's details (js/logbook-text.js).
    for fragment in ("mot de passe : faux", "tentative 1 : pas de réponse", "Agent d'intervention, demandée — réf. GS-4412",
                     "Police / gendarmerie, demandée — réf. PN-17-0042", "Agent d'intervention, sur place — réf. GS-4412", "Agent d'intervention, partie"):
        assert fragment in text, fragment
    shoot(karim, "logbook")
    assert karim.errors() == []

    verified = vigie("logbook", "verify", "--data", station.data)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert requests.get(f"{station.url}/healthz", timeout=5).status_code == 200
