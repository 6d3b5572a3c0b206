"""French by default, English by a switch; and a false alarm cleared by a callback closed with the keyboard
alone in a handful of keys (story 1)."""
from panel import PHARMACY, send


def test_french_by_default_english_by_the_switch(station, open_console):
    console = open_console("sophie")
    console.go("#/queue")
    console.wait_text("#queue-title", "File d'alarmes")
    assert "File d'alarmes" in console.text("nav.screens")
    assert console.driver.execute_script("return document.documentElement.lang") == "fr"
    console.find("[data-lang=en]").click()
    console.wait_text("#queue-title", "Alarm queue")
    assert console.driver.execute_script("return document.documentElement.lang") == "en"
    assert "Inbound call" in console.text("nav.screens")
    console.driver.refresh()
    console.wait(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    console.wait_text("#queue-title", "Alarm queue")
    console.press("?")
    console.wait_text("#help", "Keyboard shortcuts")
    assert "Take and open" in console.text("#help")
    console.press("\ue00c")  # Escape closes the dialog
    console.wait(lambda d: not d.find_element("css selector", "#help").is_displayed())
    console.find("[data-lang=fr]").click()
    console.wait_text("#queue-title", "File d'alarmes")


def test_false_alarm_after_callback_in_at_most_eight_keys(station, open_console):
    karim = open_console("karim")
    karim.go("#/queue")
    send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/BA003")
    karim.select_in_queue("Pharmacie du Centre")
    karim.keystrokes = 0

    karim.press("\ue007")  # take and open
    karim.wait_for("#step-0.focused")
    karim.press("a")  # the pharmacy answers the callback
    karim.wait_for("#codeword-word")
    karim.type("Tulipe")  # the word she gives (typed text)
    karim.press("\ue007")
    karim.wait_text("#step-0 .outcome", "correct")
    send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/CL002", "Nri1/BR003")
    karim.wait_gone(".zone-alarm")
    karim.press("r")  # restore received
    karim.wait_text(".step[data-kind=waitForRestore] .outcome", "retour au calme")
    karim.press("k")  # close: the first code is "false alarm — user error"
    karim.wait_for("#closure-dialog input[value=FA-USR]")
    karim.press("1")
    karim.type("Inventaire tardif, oubli de mise en service ; remise en service faite.")
    karim.press("\ue007")
    karim.wait(lambda d: d.execute_script("return location.hash") == "#/queue")

    assert karim.keystrokes <= 8, karim.keystrokes
    session = station.sign_in("karim", station.accounts["karim"])
    closed = session.get(f"{station.url}/api/v1/alarms?scope=closed", timeout=10).json()["items"]
    pharmacy = [alarm for alarm in closed if alarm["lifecycle"].get("closureCode") == "FA-USR"]
    assert pharmacy and pharmacy[0]["steps"][0]["outcome"]["codeWord"] == "correct"
    assert karim.errors() == []
