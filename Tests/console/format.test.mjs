import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule, useLanguage } from "./catalogue.mjs";

const { addressLine, age, duration, telURI, time } = await consoleModule("format.js");

test("durations read in the operator's language", () => {
  useLanguage("fr");
  assert.deepEqual([7_000, 247_000, 7_500_000, 200 * 3_600_000].map(duration), ["7 s", "4 min 07", "2 h 05", "8 j"]);
  assert.equal(duration(-5_000), "0 s");
  useLanguage("en");
  assert.equal(duration(247_000), "4 min 07");
  useLanguage("fr");
});

test("an age counts from the given instant", () => {
  assert.equal(age("2026-12-02T01:00:00Z", Date.parse("2026-12-02T01:04:07Z")), "4 min 07");
});

test("times are shown in the site's time zone", () => {
  useLanguage("fr");
  assert.equal(time("2026-12-02T01:04:07Z", "Europe/Paris"), "02:04:07");
});

test("an address on one line, a dialable number", () => {
  assert.equal(addressLine({ street: "1 rue du Test", postalCode: "69200", city: "Vénissieux" }), "1 rue du Test, 69200 Vénissieux");
  assert.equal(addressLine(null), "");
  assert.equal(telURI("04 78 12 34 56"), "tel:0478123456");
  assert.equal(telURI("+33 (0)6 12"), "tel:+330612");
});
