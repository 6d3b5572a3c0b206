"""Fixtures of the browser tests: a real station (`vigie serve` on the demo's data, with its DC-09 receiver)
and headless Chromium browsers driven by Selenium."""
import json
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "e2e"))

from console import Console, new_driver  # noqa: E402
from station import RunningStation  # noqa: E402
from demo_logins import logins  # noqa: E402


@pytest.fixture(scope="module")
def station(request, tmp_path_factory):
    """The demo station's data (customers, sites, procedures, users) served by `vigie serve`, so that no demo
    traffic disturbs the test: only the panels the test plays send signals. A test module may set
    STATION_CONFIG, a configuration file's content (docs/configuration.md)."""
    folder = tmp_path_factory.mktemp("station")
    data = str(folder / "data")
    seeded = RunningStation("demo", data)
    accounts = logins(seeded.stop())
    extra = ()
    if hasattr(request.module, "STATION_CONFIG"):
        (folder / "vigie.json").write_text(json.dumps(request.module.STATION_CONFIG))
        extra = ("--config", str(folder / "vigie.json"))
    served = RunningStation("serve", data, extra)
    served.accounts = accounts
    clear_queue(served)
    yield served
    if served.process.poll() is None:
        served.stop()


def clear_queue(station):
    """Closes what is open (what the demo's traffic opened while seeding, what an earlier test left), so a test
    starts from an empty queue: a supervisor takes each alarm, skips its steps with a reason, closes it."""
    supervisor = station.sign_in(station.accounts["role:supervisor"], station.accounts[station.accounts["role:supervisor"]])
    alarms = supervisor.get(f"{station.url}/api/v1/alarms", timeout=10).json()["items"]
    for alarm in alarms:
        path = f"{station.url}/api/v1/alarms/{alarm['id']}"
        if alarm["lifecycle"].get("holder"):  # an operator of an earlier test holds it: a supervisor takes it back
            assert supervisor.post(f"{path}/release", timeout=10).status_code == 200
        assert supervisor.post(f"{path}/take", timeout=10).status_code == 200
        for index, record in enumerate(alarm["steps"]):
            if record["step"]["required"] and not record.get("outcome") and not record.get("skippedReason"):
                supervisor.post(f"{path}/steps/{index}", json={"skippedReason": "banc de test remis à zéro"}, timeout=10)
        closed = supervisor.post(f"{path}/close", json={"closureCode": "DOUBLON", "comment": "banc de test"}, timeout=10)
        assert closed.status_code == 200, closed.text


@pytest.fixture
def empty_queue(station):
    """The module's station with no alarm open: a test that needs its site's alarm to be new asks for it."""
    clear_queue(station)
    return station


@pytest.fixture
def open_console(station):
    """Opens a signed-in console for a demo role or user; every browser is closed after the test."""
    drivers = []

    def open_as(username, language="fr"):
        driver = new_driver()
        drivers.append(driver)
        console = Console(driver, station.url)
        console.sign_in(username, station.accounts[username], language)
        return console

    yield open_as
    for driver in drivers:
        driver.quit()
