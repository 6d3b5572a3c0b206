"""WCAG AA contrast on the main screens, in the dark theme and the light one, and labels on every control."""
import os

from panel import PHARMACY, send

CONTRAST = open(os.path.join(os.path.dirname(__file__), "contrast.js"), encoding="utf-8").read()
UNLABELLED = """return [...document.querySelectorAll('button, input, select, textarea, a[href]')].filter((element) =>
  element.checkVisibility() && !(element.labels?.length || element.getAttribute('aria-label') || element.textContent.trim()))
  .map((element) => element.outerHTML.slice(0, 80));"""


def check(console, screen):
    failures = console.driver.execute_script(CONTRAST)
    assert failures == [], f"{screen}: {failures}"
    assert console.driver.execute_script(UNLABELLED) == [], screen


def test_contrast_and_labels_in_both_themes(station, open_console):
    send(station, PHARMACY["account"], PHARMACY["key"], "Nri1/BA003")
    admin = open_console("admin")
    for theme in ("dark", "light"):
        if admin.driver.execute_script("return document.documentElement.dataset.theme") != theme:
            admin.find("#theme").click()
        admin.go("#/queue")
        admin.queue_row("Pharmacie du Centre")
        check(admin, f"queue {theme}")
        admin.select_in_queue("Pharmacie du Centre")
        admin.press("o")
        admin.wait_for("#step-0")
        check(admin, f"alarm {theme}")
        for screen, ready in (("#/calls", "#call-search"), ("#/logbook", "#logbook-rows tr"), ("#/shift", "#takeover-form"), ("#/admin/sites", ".admin-list tbody tr")):
            admin.go(screen)
            admin.wait_for(ready)
            check(admin, f"{screen} {theme}")
