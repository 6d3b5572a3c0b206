"""One time rule (issue 15, item 2): a console whose PC clock is set to another zone (Tokyo) shows the same
moment as the same station time, with the station's zone, on the alarm screen, in the logbook and on the shift
screen; the browser's own zone appears nowhere."""
from datetime import datetime
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
