import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule, useLanguage } from "./catalogue.mjs";

const { addressLine, age, dateTime, duration, fromStationInput, phoneText, setStationTimeZone, stationInputValue, stationTimeLabel, telURI, time, zoneName } =
  await consoleModule("format.js");

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

test("one time rule: station time with its zone, the site's local time beside it only when it differs", () => {
  useLanguage("fr");
  setStationTimeZone("Europe/Paris");
  // The browser's own zone plays no part: the station's is given.
  assert.equal(time("2026-12-02T01:04:07Z"), "02:04:07 UTC+1");
  assert.equal(time("2026-12-02T01:04:07Z", "Europe/Paris"), "02:04:07 UTC+1");
  assert.equal(time("2026-12-02T18:39:24Z", "America/Martinique"), "19:39:24 UTC+1 (heure du site : 14:39:24 UTC−4)");
  // A site a day behind shows its date too.
  assert.equal(dateTime("2026-12-02T01:04:07Z", "America/Cayenne"), "02/12/2026 02:04:07 UTC+1 (heure du site : 01/12/2026 22:04:07 UTC−3)");
  useLanguage("en");
  assert.equal(time("2026-12-02T18:39:24Z", "America/Martinique"), "19:39:24 CET (site time: 14:39:24 GMT-4)");
  useLanguage("fr");
});

test("a typed time is station time too, whatever the browser's zone, on either side of a change of hour", () => {
  setStationTimeZone("Europe/Paris");
  // Winter (UTC+1), summer (UTC+2), and the night the clocks go forward (02:30 does not exist: it reads as 03:30).
  assert.equal(fromStationInput("2026-12-03T19:00"), "2026-12-03T18:00:00.000Z");
  assert.equal(fromStationInput("2026-07-14T19:00"), "2026-07-14T17:00:00.000Z");
  assert.equal(fromStationInput("2026-03-29T01:30"), "2026-03-29T00:30:00.000Z");
  assert.equal(fromStationInput("2026-03-29T03:30"), "2026-03-29T01:30:00.000Z");
  // The night they go back, 02:30 happens twice: it reads as the second (winter) one.
  assert.equal(fromStationInput("2026-10-25T02:30"), "2026-10-25T01:30:00.000Z");
  assert.equal(fromStationInput(""), null);
  assert.equal(stationInputValue(new Date("2026-12-03T18:00:00Z")), "2026-12-03T19:00");
  assert.equal(stationInputValue(new Date("2026-07-14T17:00:42Z")), "2026-07-14T19:00");
  // Round trip over a year, every seventh hour (none in the repeated hour): what the field shows is what it sends back.
  for (let hour = 0; hour < 365 * 24; hour += 7) {
    const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
    assert.equal(fromStationInput(stationInputValue(instant)), instant.toISOString());
  }
  setStationTimeZone("America/Cayenne");
  assert.equal(fromStationInput("2026-12-03T19:00"), "2026-12-03T22:00:00.000Z");
  useLanguage("fr");
  assert.equal(stationTimeLabel("Du", new Date("2026-12-03T18:00:00Z")), "Du (UTC−3)");
  setStationTimeZone("Europe/Paris");
  assert.equal(stationTimeLabel("Du", new Date("2026-12-03T18:00:00Z")), "Du (UTC+1)");
});

test("a zone reads as its name, not its IANA key", () => {
  useLanguage("fr");
  const winter = new Date("2026-12-03T18:00:00Z");
  assert.equal(zoneName("Europe/Paris", winter), "heure d’Europe centrale");
  assert.equal(zoneName("America/Cayenne", winter), "heure de la Guyane française");
  assert.equal(zoneName("Nowhere/Atlantis", winter), "Nowhere/Atlantis");
  useLanguage("en");
  assert.equal(zoneName("Europe/Paris", winter), "Central European Time");
  useLanguage("fr");
});

test("an address on one line, a dialable number", () => {
  assert.equal(addressLine({ street: "1 rue du Test", postalCode: "69200", city: "Vénissieux" }), "1 rue du Test, 69200 Vénissieux");
  assert.equal(addressLine(null), "");
  assert.equal(telURI("04 78 12 34 56"), "tel:0478123456");
  assert.equal(telURI("+33 (0)6 12"), "tel:+330612");
});

test("a French number reads in its national form however it was typed", () => {
  for (const typed of ["0671245893", "06.71.24.58.93", "+33 6 71 24 58 93", "+33 (0)6 71 24 58 93", "0033671245893"]) {
    assert.equal(phoneText(typed), "06 71 24 58 93", typed);
  }
  for (const asWritten of ["+590 690 12 34 56", "+41 22 555 01 23", "17", "112", "0612"]) assert.equal(phoneText(asWritten), asWritten);
});
