"""Stories 6 and 7 at the desk: a caller is found by his phone number; the call is recorded, a temporary
instruction suppresses a zone for the works, and another site is put on test for an hour. Then a shift is
taken over (every checklist item confirmed) and handed over with its report."""


def test_inbound_call_instruction_and_test_mode(station, open_console):
    karim = open_console("karim")
    karim.press("c")
    karim.wait_for("#call-search")
    karim.type("04 78 37 21 46")  # Mme Roux's office number: a contact's phone finds the site
    karim.wait_text("#call-results", "Pharmacie du Centre")
    karim.press("\ue007")
    karim.wait_text("#call-site-name", "Pharmacie du Centre")

    karim.press("r")
    karim.wait_for("#call-caller")
    karim.type("Mme Roux")
    karim.press("\ue004")  # Tab to the subject
    karim.type("Travaux dans la réserve lundi et mardi ; le détecteur de la zone 3 sera bâché.")
    karim.press("\ue007")
    karim.wait_gone("#call-dialog")

    karim.press("i")
    karim.wait_for("#instruction-text")
    karim.type("Travaux dans la réserve : zone 3 neutralisée.")
    karim.find("#instruction-zones").send_keys("3")
    karim.find("#instruction-by").send_keys("Mme Roux")
    karim.find("#instruction-dialog button[type=submit]").click()
    karim.wait_text("#call-site", "zone 3 neutralisée")

    karim.find("#call-search").clear()
    karim.find("#call-search").send_keys("Tabac de la Gare")
    karim.wait_text("#call-results", "Tabac de la Gare")
    karim.find("#call-search").send_keys("\ue007")
    karim.wait_text("#call-site-name", "Tabac de la Gare")
    karim.press("T")
    karim.wait_for("#test-minutes")
    karim.press("\ue007")  # 60 minutes by default
    karim.wait_for("#call-site-mode[data-mode=test]")  # not just "en test": the button says "Mettre en test"
    assert "en test" in karim.text("#call-site-mode")
    karim.wait_gone("#test-dialog")

    karim.press("L")
    karim.wait_for("#logbook-q")
    karim.type("Mme Roux\n")
    karim.wait_text("#logbook-rows", "Travaux dans la réserve lundi et mardi")
    assert karim.find("#logbook-rows tr[data-kind='manual.call']")
    # On paper the page says who printed it and with which filter, in words.
    karim.driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    printed = karim.driver.execute_script("return document.getElementById('logbook-printed').textContent")
    assert "Karim Benali" in printed and "filtre : mots « Mme Roux »" in printed and "q=" not in printed, printed
    assert karim.errors() == []


def test_shift_take_over_then_hand_over(station, open_console):
    sophie = open_console("sophie")
    sophie.wait_for("#takeover-form")  # not on shift: the checklist comes first
    sophie.find("#takeover-form input[name=confirmed]").click()
    sophie.find("#takeover-submit").click()
    sophie.wait_text(".notice-error", "cochez chaque point de la liste")  # every item must be confirmed
    assert "confirmed" not in sophie.text(".notice-error")  # the field's path is no word to read
    for box in sophie.find_all("#takeover-form input[name=confirmed]")[1:]:
        box.click()
    sophie.find("#takeover-submit").click()
    sophie.wait(lambda d: d.execute_script("return location.hash") == "#/queue")
    sophie.press("H")
    sophie.wait_for("#handover-notes")
    sophie.find("#handover-notes").send_keys("Nuit calme ; la pharmacie a des travaux lundi et mardi.")
    sophie.find("#handover-form button[type=submit]").click()
    sophie.wait_text("#handover-report", "Rapport de fin de service")
    assert [error for error in sophie.errors() if "422" not in error] == []
