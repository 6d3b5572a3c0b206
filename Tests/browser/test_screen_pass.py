"""Issue 15, item 5: a pass over every screen at 1280×720 and 1600×1000, in the dark theme and the light one, for
the faults a new French operator met: a page that scrolls sideways, text cut or spilling out of its box, a button
that wraps, an internal identifier, a UUID or an "(s)" plural on screen. Each screen is drawn with what it holds on a
working night (an alarm taken with its procedure and its dialogs, a caller's site found, a full logbook, the last
shift's report, an edit form open), and the logbook and the shift report as printed.
Screenshots of the pass are kept in VIGIE_SCREEN_PASS when it names a folder."""
import os
import time

import pytest

from console import Console, new_driver
from panel import PHARMACY, send

LAYOUT = open(os.path.join(os.path.dirname(__file__), "layout.js"), encoding="utf-8").read()
SCREENSHOTS = os.environ.get("VIGIE_SCREEN_PASS")
PERRIN = "3E07"  # Menuiserie Perrin, Brignais: an unencrypted SIA panel of the demo
# Perrin's fire is escalated within two seconds: the queue and the logbook show an escalation as the station writes it.
STATION_CONFIG = {"alarms": {"escalationSeconds": {"fire": 2, "urgent": 2}}}
ADMIN_KINDS = ("customers", "sites", "transmitters", "zones", "contacts", "procedures", "opening-schedules", "temporary-instructions",
               "closure-codes", "supervision-profiles", "devices", "users", "receivers", "import")


@pytest.fixture(scope="module")
def night(station):
    """The station with a night's alarms open (a burglary at the pharmacy and one at Perrin's, a fire at Perrin's that
    nobody took in time) and an operator's shift handed over with its report."""
    send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/BA003")
    send(station, PERRIN, None, "Nri2/BA004", "Nri3/FA001")
    karim = station.sign_in("karim", station.accounts["karim"])
    items = karim.get(f"{station.url}/api/v1/shifts/takeover", timeout=10).json()["items"]
    assert karim.post(f"{station.url}/api/v1/shifts/takeover", json={"confirmed": items}, timeout=10).status_code == 201
    handed = karim.post(f"{station.url}/api/v1/shifts/handover", json={"notes": "Perrin : fumée en atelier, à suivre."}, timeout=10)
    assert handed.status_code == 201, handed.text
    admin = station.accounts["role:admin"]
    api = station.sign_in(admin, station.accounts[admin])
    deadline = time.monotonic() + 30
    while not any(alarm["lifecycle"].get("escalatedAt") for alarm in api.get(f"{station.url}/api/v1/alarms", timeout=10).json()["items"]):
        assert time.monotonic() < deadline, "Perrin's fire was not escalated"
        time.sleep(0.3)
    station.alarm = next(alarm for alarm in api.get(f"{station.url}/api/v1/alarms", timeout=10).json()["items"] if alarm.get("account") == PHARMACY["account"])
    station.first = {kind: api.get(f"{station.url}/api/v1/{kind}?limit=1", timeout=10).json()["items"][0]["id"]
                     for kind in ("sites", "contacts", "procedures")}
    return station


def screens(console, station):
    """Each screen as (name, how to reach it and wait until it is drawn)."""
    def route(hash_route, ready):
        def show():
            console.go(hash_route)
            console.wait_for(ready)
        return show

    def alarm():
        console.go(f"#/alarm/{station.alarm['id']}")
        console.wait_for("#step-0")

    def taken():
        """The alarm held: the first pass takes it, the next find it held by the same administrator."""
        alarm()
        if console.find_all("#take-alarm"):
            console.find("#take-alarm").click()
        console.wait_text("#alarm-state", console.username)

    def alarm_dialog(key, dialog):
        def show():
            taken()
            console.press(key)
            console.wait_for(f"#{dialog}[open]")
        return show

    def printed(hash_route, ready):
        """A screen as its print style sheet lays it out on paper."""
        def show():
            console.go(hash_route)
            console.wait_for(ready)
            console.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        return show

    def caller():
        console.go("#/calls")
        console.wait_for("#call-search").send_keys("Pharmacie")
        console.wait_text("#call-results", "Pharmacie du Centre")
        console.press("\ue007")
        console.wait_text("#call-site-name", "Pharmacie du Centre")

    def help_dialog():
        console.go("#/queue")
        console.wait_for("#queue")
        console.find("#help-button").click()
        console.wait_for("#help[open]")

    yield "queue", route("#/queue", ".qalarm")
    yield "alarm", alarm
    yield "alarm taken", taken
    yield "dispatch dialog", alarm_dialog("g", "dispatch-dialog")
    yield "closure dialog", alarm_dialog("k", "closure-dialog")
    yield "calls", caller
    yield "logbook", route("#/logbook", "#logbook-rows tr")
    yield "shift", route("#/shift", "#handover-report")
    yield "shift report printed", printed("#/shift", "#handover-report")
    yield "logbook printed", printed("#/logbook", "#logbook-rows tr")
    yield "help", help_dialog
    for kind in ADMIN_KINDS:
        yield f"admin {kind}", route(f"#/admin/{kind}", f"#admin-{kind}[aria-current=page]")
    for kind in ("sites", "contacts", "procedures"):
        yield f"admin {kind} form", route(f"#/admin/{kind}/{station.first[kind]}", "#admin-form")


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("width,height", [(1280, 720), (1600, 1000)])
def test_every_screen_holds_in_french_at_both_sizes_and_themes(night, width, height, theme):
    driver = new_driver(width, height)
    try:
        # The viewport itself, not the window around it: a headless window's frame would take some of the height.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        console = Console(driver, night.url)
        username = night.accounts["role:admin"]
        console.sign_in(username, night.accounts[username], "fr")
        if driver.execute_script("return location.hash") == "#/shift":
            console.take_over_shift()
        if driver.execute_script("return document.documentElement.dataset.theme") != theme:
            console.find("#theme").click()
        faults = []
        for name, show in screens(console, night):
            show()
            driver.execute_script("window.scrollTo(0, 0)")
            faults += [f"{name}: {fault}" for fault in driver.execute_script(LAYOUT)]
            if SCREENSHOTS:
                console.screenshot(os.path.join(SCREENSHOTS, f"{width}x{height}-{theme}-{name.replace(' ', '-')}.png"))
            driver.execute_script("document.querySelector('dialog[open]')?.close()")
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        assert faults == [], "\n".join(faults)
    finally:
        driver.quit()
