import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule, useLanguage } from "./catalogue.mjs";

const { categoryOptions, fold, rows } = await consoleModule("screens/queue-model.js");
const { categoryLabel } = await consoleModule("priority.js");

const me = { id: "karim" };
function alarm(id, { priority = 50, createdAt = "2026-12-02T01:00:00Z", siteID = "pharmacie", state = "new", holder, escalatedAt, title = id, category = "burglary" } = {}) {
  return { id, priority, createdAt, siteID, title, category, lifecycle: { state, holder, escalatedAt } };
}
const siteName = (siteID) => ({ pharmacie: "Pharmacie du Centre", logisud: "Entrepôt Logisud" })[siteID] ?? "";

test("highest priority first, then the oldest", () => {
  const alarms = [
    alarm("late-burglary", { createdAt: "2026-12-02T01:05:00Z" }), alarm("fire", { priority: 90, createdAt: "2026-12-02T01:09:00Z" }),
    alarm("early-burglary", { createdAt: "2026-12-02T01:00:00Z" }),
  ];
  assert.deepEqual(rows(alarms, {}, me, siteName).map((row) => row.key), ["fire", "early-burglary", "late-burglary"]);
});

test("grouped per site, each group in the order of its worst alarm", () => {
  const alarms = [alarm("a", { siteID: "logisud", priority: 40 }), alarm("b", { priority: 95 }), alarm("c", { siteID: "logisud", priority: 60 }), alarm("d", { siteID: null })];
  const drawn = rows(alarms, { grouped: true }, me, siteName);
  assert.deepEqual(drawn.map((row) => row.key), ["group:pharmacie", "b", "group:logisud", "c", "a", "group:station", "d"]);
  assert.equal(drawn[2].count, 2);
  assert.equal(drawn[2].worst.id, "c");
});

test("filters by state, holder, escalation and by text without accents or case", () => {
  const alarms = [
    alarm("mine", { state: "taken", holder: { userID: "karim" } }), alarm("nadia", { state: "taken", holder: { userID: "nadia" } }),
    alarm("escalated", { escalatedAt: "2026-12-02T01:01:00Z" }), alarm("waiting", { state: "awaitingRestore" }),
    alarm("logisud", { siteID: "logisud", title: "Intrusion — zone 7" }),
  ];
  const keys = (filters) => rows(alarms, filters, me, siteName).map((row) => row.key);
  assert.deepEqual(keys({ state: "mine" }), ["mine"]);
  assert.deepEqual(keys({ state: "taken" }), ["mine", "nadia"]);
  assert.deepEqual(keys({ state: "escalated" }), ["escalated"]);
  assert.deepEqual(keys({ state: "awaitingRestore" }), ["waiting"]);
  assert.deepEqual(keys({ text: fold("ENTREPOT logisud") }), ["logisud"]);
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

test("fold drops accents and case", () => {
  assert.equal(fold("  Vénissieux ÉTÉ "), "venissieux ete");
});
