"""Story 9: a flood of alarms. With 5,000 open alarms the queue keeps only the rows in view in the page, and
stays usable from the keyboard: moving, filtering, opening."""
from station import vigie


def test_five_thousand_open_alarms(station, open_console):
    karim = open_console("karim")
    karim.go("#/queue")
    karim.wait_for("#queue")
    # 5,000 panels of accounts the station does not know: each one is an alarm of its own.
    flood = vigie("simulate", "--target", f"127.0.0.1:{station.receiver_port}", "--panels", "5000", "--rate", "5000",
                  "--duration", "1.5", "--account-base", "40000", "--give-up", "60")
    assert flood.returncode == 0, flood.stdout + flood.stderr
    karim.wait(lambda d: int(d.find_element("css selector", ".queue-count").get_attribute("data-total") or 0) >= 5000, timeout=90)
    drawn = karim.driver.execute_script("return document.querySelectorAll('#queue .qrow').length")
    assert 0 < drawn < 120, drawn  # the rows in view and a margin, not 5,000

    karim.find("#queue").click()
    for _ in range(30):
        karim.press("\ue00f")  # PageDown: 10 alarms each
    selected = karim.wait_for(".qalarm[aria-selected=true]")
    assert selected.get_attribute("id").startswith("row-")
    karim.press("/")
    karim.type("zzz-aucun-site")
    karim.wait_text(".queue-count", "0 affichées")
    karim.press("\ue00c")
    assert karim.errors() == []
