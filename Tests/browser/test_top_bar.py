"""Issue 15, item 7: the top bar holds on one line at 1280×720, in French and in English, for the administrator
of a demo station (the most it shows: every screen, the live and receivers' states, the demo's switch, the
queue's count); what shortened keeps its full words for screen readers and in its title."""
import pytest

from console import Console, new_driver
from demo_logins import logins
from station import RunningStation


@pytest.fixture(scope="module")
def demo_station(tmp_path_factory):
    """A running `vigie demo`, its traffic playing (alarms open: the queue's badge shows)."""
    data = str(tmp_path_factory.mktemp("demo") / "data")
    accounts = logins(RunningStation("demo", data).stop())
    station = RunningStation("demo", data)
    station.accounts = accounts
    yield station
    if station.process.poll() is None:
        station.stop()


LAYOUT = """
const bar = document.querySelector('.topbar');
const shown = [...bar.children].filter((element) => element.getClientRects().length);
return { overflow: bar.scrollWidth - bar.clientWidth, viewport: document.documentElement.clientWidth,
  tops: shown.map((element) => Math.round(element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2)),
  right: Math.max(...shown.map((element) => element.getBoundingClientRect().right)) };
"""


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_top_bar_holds_on_one_line_at_1280_by_720(demo_station, language):
    driver = new_driver(1280, 720)
    try:
        admin = Console(driver, demo_station.url)
        username = demo_station.accounts["role:admin"]
        admin.sign_in(username, demo_station.accounts[username], language)
        admin.go("#/queue")
        admin.wait_for("#demo-traffic")
        admin.wait_for("#receivers[data-state=up]")
        admin.wait_for("#connection[data-state=live]")
        layout = driver.execute_script(LAYOUT)
        assert layout["overflow"] <= 0 and layout["right"] <= layout["viewport"], layout
        assert max(layout["tops"]) - min(layout["tops"]) <= 4, layout  # one line: every item on the same middle
        if language == "fr":
            assert admin.find("#logout").get_attribute("aria-label") == "Se déconnecter"
            assert "en service" in admin.find("#receivers").get_attribute("textContent")  # the sentence, read out
            assert admin.find("#connection").get_attribute("title") == "En direct"
            assert "trafic en cours" in admin.find("#demo-traffic").get_attribute("textContent")
    finally:
        driver.quit()
