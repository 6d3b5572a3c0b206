"""Story 9: a flood of alarms. With 5,000 open alarms the queue keeps only the rows in view in the page, and
stays usable from the keyboard: moving, filtering, opening."""
import json
import time

from station import vigie

PANELS = 5000
ACCOUNT_BASE = 0x40000
FIRE = 3217  # the storm's only fire, titled in the panel's words: the operator finds it by "incendie"
# The 5,000 simulated panels all connect from 127.0.0.1, where real ones would come from as many addresses.
STATION_CONFIG = {"receiver": {"maximumConnectionsPerAddress": PANELS + 100}}


def import_panels(station):
    """5,000 sites of one customer, each with its panel: signals of accounts the station does not know are gathered
    into one alarm per receiver (issue 25), so a flood of alarms needs panels the station knows."""
    accounts = [f"{ACCOUNT_BASE + index:X}" for index in range(PANELS)]
    customers = "reference,name\nFLOT,Résidences du test de charge\n"
    sites = "customer,reference,name,street,postal_code,city\n" + "".join(
        f"FLOT,FLOT-{account},Résidence {account},{index + 1} rue du Test,69200,Vénissieux\n"
        for index, account in enumerate(accounts))
    transmitters = "site,account,receiver,line\n" + "".join(f"FLOT-{account},{account},1,1\n" for account in accounts)
    admin_name = station.accounts["role:admin"]
    admin = station.sign_in(admin_name, station.accounts[admin_name])
    answer = admin.post(f"{station.url}/api/v1/import", timeout=300, json={"files": [
        {"name": "customers.csv", "text": customers}, {"name": "sites.csv", "text": sites},
        {"name": "transmitters.csv", "text": transmitters}]})
    assert answer.status_code == 200, answer.text[:2000]
    time.sleep(1.5)  # the account directory reloads after a configuration change


def total(driver):
    """The open alarms the queue counts."""
    return int(driver.find_element("css selector", ".queue-count").get_attribute("data-total") or 0)


def test_five_thousand_open_alarms(station, open_console, tmp_path):
    import_panels(station)
    # Each panel reports one burglary, all within 1.5 s.
    scenario = tmp_path / "flood.json"
    scenario.write_text(json.dumps([
        {"at": round(index * 1.5 / PANELS, 4), "account": f"{ACCOUNT_BASE + index:X}",
         "data": f"#{ACCOUNT_BASE + index:X}|Nri1/{'FA' if index == FIRE else 'BA'}001"}
        for index in range(PANELS)]))
    karim = open_console("karim")
    karim.go("#/queue")
    karim.wait_for("#queue")
    flood = vigie("simulate", "--target", f"127.0.0.1:{station.receiver_port}", "--scenario", str(scenario), "--give-up", "60")
    assert flood.returncode == 0, flood.stdout + flood.stderr
    karim.wait(lambda d: total(d) >= PANELS, timeout=90, message=lambda: f"live: {total(karim.driver)} alarms in the queue")
    drawn = karim.driver.execute_script("return document.querySelectorAll('#queue .qrow').length")
    assert 0 < drawn < 120, drawn  # the rows in view and a margin, not 5,000
    # A reload (a console opened now, or back after a break) pages through every open alarm (1,000 a page) and
    # asks only for the sites of those alarms, 200 at a time, not for the whole customer base.
    karim.driver.refresh()
    karim.wait_for("#queue")
    karim.wait(lambda d: total(d) >= PANELS, timeout=90, message=lambda: f"reload: {total(karim.driver)} alarms in the queue")
    karim.wait_text("#queue", "Résidence")  # the sites of the alarms in view are known

    karim.find("#queue").click()
    for _ in range(30):
        karim.press("\ue00f")  # PageDown: 10 alarms each
    selected = karim.wait_for(".qalarm[aria-selected=true]")
    assert selected.get_attribute("id").startswith("row-")
    karim.press("/")
    karim.type("zzz-aucun-site")
    karim.wait_text(".queue-count", "0 affichée sur")
    search = karim.find("#queue-filter")
    search.clear()
    search.send_keys("incendie")  # into the box itself: typed on the page, its letters would be shortcuts
    karim.wait(lambda d: karim.text(".queue-count").startswith("1 "), message="incendie should find the one fire")
    assert f"Résidence {ACCOUNT_BASE + FIRE:X}" in karim.find(".qalarm").get_attribute("aria-label")
    karim.press("\ue00c")
    assert karim.errors() == []
