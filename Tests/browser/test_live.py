"""The live feed: the connection state is visible, and after the station restarts the console reconnects by
itself, resumes from the last event it saw and shows what happened meanwhile, without a reload."""
from panel import PHARMACY, send
from station import restart_station


def test_the_console_shows_a_break_and_resynchronises(station, open_console):
    karim = open_console("karim")
    karim.go("#/queue")
    karim.wait_for("#connection[data-state=live]")
    karim.wait_for("#queue")
    karim.driver.execute_script("window.beforeBreak = true")  # gone if the page reloads

    station.stop()
    karim.wait_for("#connection[data-state=offline]", timeout=40)
    assert "reconnexion" in karim.text("#connection")
    restarted = restart_station("serve", station.data, station.port, station.receiver_port)
    try:
        send(restarted, PHARMACY["account"], PHARMACY["key"], "Nri1/BA002")
        karim.wait_for("#connection[data-state=live]", timeout=60)
        karim.wait_for(".qalarm[aria-label*=\"Pharmacie du Centre\"]", timeout=40)
        assert karim.driver.execute_script("return window.beforeBreak === true")
    finally:
        restarted.stop()
