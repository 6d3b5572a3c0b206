"""Issue 26, 9: a trainer pauses the demo's traffic from the console to play a story, then lets it live again;
the switch says its state in French and the logbook says who switched it. A real station shows no switch."""
import pytest

from console import Console, new_driver
from demo_logins import logins
from station import RunningStation


@pytest.fixture(scope="module")
def demo_station(tmp_path_factory):
    """A running `vigie demo` (its traffic playing), with the logins its first start printed."""
    data = str(tmp_path_factory.mktemp("demo") / "data")
    accounts = logins(RunningStation("demo", data).stop())
    station = RunningStation("demo", data)
    station.accounts = accounts
    yield station
    if station.process.poll() is None:
        station.stop()


def test_the_demo_traffic_is_paused_and_resumed_from_the_top_bar(demo_station):
    driver = new_driver()
    try:
        trainer = Console(driver, demo_station.url)
        username = demo_station.accounts["role:supervisor"]
        trainer.sign_in(username, demo_station.accounts[username])
        switch = trainer.wait_for("#demo-traffic")
        assert "trafic en cours" in switch.text and switch.get_attribute("aria-pressed") == "false"
        switch.click()
        trainer.wait(lambda d: trainer.find("#demo-traffic").get_attribute("aria-pressed") == "true", message="not paused")
        assert "trafic en pause" in trainer.text("#demo-traffic")
        session = demo_station.sign_in(username, demo_station.accounts[username])
        assert session.get(f"{demo_station.url}/api/v1/demo/traffic", timeout=10).json() == {"paused": True}
        trainer.find("#demo-traffic").click()
        trainer.wait(lambda d: trainer.find("#demo-traffic").get_attribute("aria-pressed") == "false", message="not resumed")
        entries = session.get(f"{demo_station.url}/api/v1/logbook?kind=station.demoTraffic", timeout=10).json()["items"]
        assert [entry["summary"] for entry in entries] == [f"demo traffic resumed by {username}", f"demo traffic paused by {username}"]
        assert trainer.errors() == []
    finally:
        driver.quit()


def test_a_real_station_shows_no_switch(station, open_console):
    karim = open_console("karim")  # signed in: the console is ready, its top bar drawn
    assert not karim.find("#demo-traffic").is_displayed()
