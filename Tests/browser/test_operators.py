"""Two operators at two desks: an alarm taken by one cannot be taken by the other, both see who holds it, and
one can hand it to the other."""
from selenium.webdriver.support.ui import Select

from panel import send

# Alarms not taken within two seconds are escalated to supervisors, so the queue shows it during the test.
STATION_CONFIG = {"alarms": {"escalationSeconds": {"default": 2, "burglary": 2}}}
LOGISUD = ("7C30", "9B1E4D7A2C5F8E0B3D6A9C2F5E8B1D4A7C0F3E6B9D2A5C8F1E4B7D0A3C6F9E2B")


def take_over_shift(station, username):
    """The shift checklist confirmed through the API: only operators on shift receive transferred alarms."""
    session = station.sign_in(username, station.accounts[username])
    items = session.get(f"{station.url}/api/v1/shifts/takeover", timeout=10).json()["items"]
    assert session.post(f"{station.url}/api/v1/shifts/takeover", json={"confirmed": items}, timeout=10).status_code == 201


def test_two_operators_cannot_take_the_same_alarm(station, open_console):
    take_over_shift(station, "karim")
    karim = open_console("karim")
    nadia = open_console("nadia")
    for console in (karim, nadia):
        console.go("#/queue")
    send(station, *LOGISUD, "Nri1/BA007")
    nadia.queue_row("Entrepôt Logisud")
    # Not taken in time: escalated, and marked so (a tag with a word, not only a colour).
    nadia.wait_text(".qalarm.escalated .tag-escalated", "escaladée")
    karim.select_in_queue("Entrepôt Logisud")
    nadia.select_in_queue("Entrepôt Logisud")

    karim.press("\ue007")
    karim.wait_text("#alarm-state", "karim")
    # Nadia's queue shows the holder live, and her attempt is refused with his name.
    nadia.wait_text(".qalarm[aria-selected=true]", "karim")
    nadia.press("\ue007")
    nadia.wait_text(".notice-error", "karim")
    assert nadia.driver.execute_script("return location.hash") == "#/queue"

    # Opened without taking, the alarm offers nothing to act on; karim releases it and she can take it.
    nadia.press("o")
    nadia.wait_for("#take-alarm")
    assert nadia.find_all("#close-alarm") == []
    karim.press("l")
    karim.wait(lambda d: d.execute_script("return location.hash") == "#/queue")
    nadia.wait_text("#alarm-state", "à traiter")
    nadia.press("\ue007")
    nadia.wait_text("#alarm-state", "nadia")
    nadia.wait_for("#close-alarm")
    # She hands it to karim: the transfer dialog lists the colleagues on shift.
    nadia.press("t")
    nadia.wait_for("#transfer-user")
    Select(nadia.find("#transfer-user")).select_by_visible_text("Karim Benali (opérateur)")
    nadia.press("\ue007")
    karim.wait_text(".qalarm[aria-selected=true]", "karim")
    assert karim.errors() == [] and [error for error in nadia.errors() if "409" not in error] == []
