import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule, useLanguage } from "./catalogue.mjs";

const { categoryOptions, currentSince, fold, followsTop, rows, searchTerms, selectionHold } = await consoleModule("screens/queue-model.js");
const { categoryNames } = await consoleModule("category-names.js");
const { categoryLabel } = await consoleModule("priority.js");

const me = { id: "karim" };
function alarm(id, { priority = 50, createdAt = "2026-12-02T01:00:00Z", siteID = "pharmacie", state = "new", holder, escalatedAt, title = id, category = "burglary", ...fields } = {}) {
  return { id, priority, createdAt, siteID, title, category, lifecycle: { state, holder, escalatedAt }, ...fields };
}
const siteName = (siteID) => ({ pharmacie: "Pharmacie du Centre", logisud: "Entrepôt Logisud" })[siteID] ?? "";
const context = { me, siteName, categoryNames };

test("highest priority first, then the oldest", () => {
  const alarms = [
    alarm("late-burglary", { createdAt: "2026-12-02T01:05:00Z" }), alarm("fire", { priority: 90, createdAt: "2026-12-02T01:09:00Z" }),
    alarm("early-burglary", { createdAt: "2026-12-02T01:00:00Z" }),
  ];
  assert.deepEqual(rows(alarms, {}, context).map((row) => row.key), ["fire", "early-burglary", "late-burglary"]);
});

test("grouped per site, each group in the order of its worst alarm", () => {
  const alarms = [alarm("a", { siteID: "logisud", priority: 40 }), alarm("b", { priority: 95 }), alarm("c", { siteID: "logisud", priority: 60 }), alarm("d", { siteID: null })];
  const drawn = rows(alarms, { grouped: true }, context);
  assert.deepEqual(drawn.map((row) => row.key), ["group:pharmacie", "b", "group:logisud", "c", "a", "group:station", "d"]);
  assert.equal(drawn[2].count, 2);
  assert.equal(drawn[2].worst.id, "c");
});

test("unknown accounts grouped per receiver, the station's own alarms in the station's group", () => {
  const alarms = [
    alarm("tcp", { siteID: null, grouping: "unknown:dc09-tcp", priority: 40 }), alarm("udp", { siteID: null, grouping: "unknown:dc09-udp", priority: 30 }),
    alarm("disk", { siteID: null, grouping: "station:DISK-FULL", priority: 1000 }), alarm("decryption", { siteID: null, grouping: "account:4F21", priority: 20 }),
    alarm("old", { siteID: null, priority: 10 }), alarm("site", { grouping: "site:pharmacie", priority: 60 }),
  ];
  const drawn = rows(alarms, { grouped: true }, context);
  assert.deepEqual(drawn.map((row) => row.key),
    ["group:station", "disk", "decryption", "old", "group:pharmacie", "site", "group:unknown:dc09-tcp", "tcp", "group:unknown:dc09-udp", "udp"]);
  const groups = drawn.filter((row) => row.type === "group");
  assert.deepEqual(groups.map((row) => [row.siteID, row.receiver]), [[null, undefined], ["pharmacie", undefined], [null, "dc09-tcp"], [null, "dc09-udp"]]);
});

test("filters by state, holder and escalation", () => {
  const alarms = [
    alarm("mine", { state: "taken", holder: { userID: "karim" } }), alarm("nadia", { state: "taken", holder: { userID: "nadia" } }),
    alarm("escalated", { escalatedAt: "2026-12-02T01:01:00Z" }), alarm("waiting", { state: "awaitingRestore" }),
  ];
  const keys = (filters) => rows(alarms, filters, context).map((row) => row.key);
  assert.deepEqual(keys({ state: "mine" }), ["mine"]);
  assert.deepEqual(keys({ state: "taken" }), ["mine", "nadia"]);
  assert.deepEqual(keys({ state: "escalated" }), ["escalated"]);
  assert.deepEqual(keys({ state: "awaitingRestore" }), ["waiting"]);
});

test("the search looks in the title, site, category in both languages, codes, account and zones; every word must match", () => {
  const alarms = [
    alarm("logisud", { siteID: "logisud", title: "Intrusion confirmée", codes: ["BA"], account: "7A11", zonesInAlarm: [7, 9], priority: 80 }),
    alarm("perrin", { siteID: null, title: "Menuiserie Perrin", category: "fire", codes: ["FA"], account: "5C03", zonesInAlarm: [1] }),
    alarm("roux", { title: "Mise en service hors horaire", category: "closing", codes: ["CL"], account: "4F21", zonesInAlarm: [17] }),
    alarm("old", { title: "Défaut secteur", category: "technical" }), // stored before codes and account were sent
  ];
  const table = [
    ["", ["logisud", "perrin", "roux", "old"]],
    ["ENTREPOT logisud", ["logisud"]],
    ["incendie", ["perrin"]],
    ["Fire", ["perrin"]],
    ["défaut", ["old"]],
    ["technical", ["old"]],
    ["ba", ["logisud"]],
    ["4f21", ["roux"]],
    ["zone 7", ["logisud"]],
    ["7", ["logisud", "roux"]],
    ["zone 17", ["roux"]],
    ["zone 9 intrusion", ["logisud"]],
    ["pharmacie zone", ["roux"]],
    ["pharmacie incendie", []],
    ["zone 4", []],
  ];
  for (const language of ["fr", "en"]) {
    useLanguage(language);
    for (const [text, expected] of table) assert.deepEqual(rows(alarms, { text }, context).map((row) => row.key), expected, `${language}: ${text}`);
  }
  useLanguage("fr");
});

test("search terms: folded words, and a zone with its number", () => {
  assert.deepEqual(searchTerms("  Zone 7  Vénissieux zone "), ["zone 7", "venissieux", "zone"]);
  assert.deepEqual(searchTerms(undefined), []);
});

test("the category filter offers the categories present, counted, in the order of their names", () => {
  const alarms = [
    ...Array.from({ length: 3 }, (_, index) => alarm(`tech-${index}`, { category: "technical" })),
    alarm("fire", { category: "fire" }), alarm("burglary"), alarm("tamper", { category: "tamper" }), alarm("opening", { category: "opening" }),
  ];
  useLanguage("fr");
  assert.deepEqual(categoryOptions(alarms, "", categoryLabel, "fr").map(({ label, count }) => `${label} (${count})`),
    ["Autoprotection (1)", "Défaut technique (3)", "Incendie (1)", "Intrusion (1)", "Mise à l'arrêt (1)"]);
  useLanguage("en");
  assert.deepEqual(categoryOptions(alarms, "", categoryLabel, "en").map(({ value }) => value), ["burglary", "fire", "opening", "tamper", "technical"]);
  useLanguage("fr");
});

test("the chosen category stays offered, with 0, once its alarms are closed", () => {
  assert.deepEqual(categoryOptions([alarm("burglary")], "technical", categoryLabel, "fr"),
    [{ value: "technical", label: "Défaut technique", count: 0 }, { value: "burglary", label: "Intrusion", count: 1 }]);
  assert.deepEqual(categoryOptions([], "", categoryLabel, "fr"), []);
});

test("the selection follows a new worst alarm, unless the operator moved it in the last 10 seconds", () => {
  const now = Date.parse("2026-12-02T01:00:00Z");
  const table = [
    // previous top, new top, moved at, follows
    ["burglary", "fire", -Infinity, true],
    [null, "fire", -Infinity, true],
    ["fire", "fire", -Infinity, false],
    ["burglary", null, -Infinity, false],
    ["burglary", "fire", now - 3_000, false],
    ["burglary", "fire", now - selectionHold + 1, false],
    ["burglary", "fire", now - selectionHold, true],
  ];
  for (const [previous, top, movedAt, expected] of table) assert.equal(followsTop(previous, top, movedAt, now), expected, `${previous} → ${top}, moved ${now - movedAt} ms ago`);
});

test("fold drops accents and case", () => {
  assert.equal(fold("  Vénissieux ÉTÉ "), "venissieux ete");
});

test("an alarm's age counts from its last aggravation or return, else from its first event", () => {
  const created = "2026-12-02T02:13:00.000Z";
  assert.equal(currentSince({ createdAt: created }), created);
  assert.equal(currentSince({ createdAt: created, takenOverAt: "2026-12-02T02:17:00.000Z" }), "2026-12-02T02:17:00.000Z");
  assert.equal(
    currentSince({ createdAt: created, takenOverAt: "2026-12-02T02:17:00.000Z", returnedAt: "2026-12-02T06:30:00.000Z" }), "2026-12-02T06:30:00.000Z");
});
