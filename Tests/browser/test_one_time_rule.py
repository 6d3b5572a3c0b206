"""One time rule (issue 15, item 2): a console whose PC clock is set to another zone (Tokyo) shows the same
moment as the same station time, with the station's zone, on the alarm screen, in the logbook and on the shift
screen; the browser's own zone appears nowhere."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from console import Console, new_driver
from panel import PHARMACY, send

STATION_ZONE = ZoneInfo("Europe/Paris")


def station_time(iso):
    """How the console must write `iso`: station time (Europe/Paris, the default) with its zone."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(STATION_ZONE)
    offset = int(moment.utcoffset().total_seconds() // 3600)
    return moment.strftime("%d/%m/%Y %H:%M:%S") + f" UTC+{offset}"


def test_the_same_moment_reads_the_same_station_time_on_every_screen(station, empty_queue):
    driver = new_driver(time_zone="Asia/Tokyo")
    try:
        karim = Console(driver, station.url)
        karim.sign_in("karim", station.accounts["karim"])
        assert driver.execute_script("return Intl.DateTimeFormat().resolvedOptions().timeZone") == "Asia/Tokyo"
        karim.take_over_shift()

        send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/BA003")
        supervisor = station.sign_in(station.accounts["role:supervisor"], station.accounts[station.accounts["role:supervisor"]])
        alarm = next(item for item in supervisor.get(f"{station.url}/api/v1/alarms", timeout=10).json()["items"]
                     if item["account"] == PHARMACY["account"])
        entry = supervisor.get(f"{station.url}/api/v1/logbook?alarmID={alarm['id']}", timeout=10).json()["items"][-1]
        expected = station_time(entry["at"])

        # The alarm screen: its timeline writes the entry in station time (the pharmacy is in the station's zone,
        # so no site time beside it), and its reception time likewise.
        karim.go(f"#/alarm/{alarm['id']}")
        karim.wait_for("#alarm-title")
        karim.wait(lambda d: d.find_element("css selector", f'#timeline time[datetime="{entry["at"]}"]').text == expected,
                   message=lambda: karim.text("#timeline"))
        alarm_screen = karim.text("body")
        assert station_time(alarm["createdAt"]) in alarm_screen

        # The logbook: the same entry, the same text.
        karim.go("#/logbook")
        karim.wait_text("#logbook-rows", expected)
        logbook_screen = karim.text("body")

        # The shift screen: the station clock in the station's zone.
        karim.go("#/shift")
        karim.wait_text("body", "heure station")
        shift_screen = karim.text("body")
        assert "UTC+1" in shift_screen or "UTC+2" in shift_screen, shift_screen

        for screen in (alarm_screen, logbook_screen, shift_screen):
            assert "UTC+9" not in screen, screen
    finally:
        driver.quit()


def station_wall_clock(moment):
    """A `datetime-local` value: `moment` on the station's wall clock, to the minute."""
    return moment.astimezone(STATION_ZONE).strftime("%Y-%m-%dT%H:%M")


def test_a_typed_time_is_station_time_too(station):
    """A time typed in a field (a temporary instruction's end, the logbook's period) is read in station time, as the
    field's label says, not in the zone of the browser's computer."""
    driver = new_driver(time_zone="Asia/Tokyo")
    try:
        karim = Console(driver, station.url)
        karim.sign_in("karim", station.accounts["karim"])
        karim.go("#/calls")
        karim.wait_for("#call-search").send_keys("Tabac de la Gare")
        karim.wait_text("#call-results", "Tabac de la Gare")
        karim.press("\ue007")
        karim.wait_text("#call-site-name", "Tabac de la Gare")
        before = station_wall_clock(datetime.now(STATION_ZONE))
        karim.press("i")
        karim.wait_for("#instruction-text")
        assert karim.find("#instruction-from").get_attribute("value") in (before, station_wall_clock(datetime.now(STATION_ZONE)))
        assert karim.text("label[for=instruction-until]").endswith("(UTC+1)")
        karim.type("Inventaire : présence jusqu'à 19 h.")
        driver.execute_script("document.getElementById('instruction-until').value = '2026-12-24T19:00'")
        karim.find("#instruction-dialog button[type=submit]").click()
        karim.wait_text("#call-site", "Inventaire")
        karim.wait_text("#call-site", "24/12/2026 19:00:00 UTC+1")
        supervisor = station.sign_in(station.accounts["role:supervisor"], station.accounts[station.accounts["role:supervisor"]])
        stored = [item for item in supervisor.get(f"{station.url}/api/v1/temporary-instructions?limit=500", timeout=10).json()["items"]
                  if item["text"].startswith("Inventaire")]
        assert [datetime.fromisoformat(item["validUntil"].replace("Z", "+00:00")) for item in stored] == [
            datetime(2026, 12, 24, 18, tzinfo=ZoneInfo("UTC"))]

        # The logbook from two minutes ahead of the station's clock: nothing yet (read in Tokyo time, it would be eight
        # hours ago, and everything would show).
        karim.go("#/logbook")
        karim.wait_for("#logbook-rows tr")
        assert karim.text("label[for=logbook-from]") == "Du (UTC+1)"
        ahead = station_wall_clock(datetime.now(STATION_ZONE) + timedelta(minutes=2))
        driver.execute_script("document.getElementById('logbook-from').value = arguments[0]", ahead)
        karim.find(".logbook-filters button[type=submit]").click()
        karim.wait_text(".logbook-view", "0 sur 0 entrées")
        assert karim.find_all("#logbook-rows tr") == []
    finally:
        driver.quit()
