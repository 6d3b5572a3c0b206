import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule } from "./catalogue.mjs";

const { fold, rows } = await consoleModule("screens/queue-model.js");

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

test("fold drops accents and case", () => {
  assert.equal(fold("  Vénissieux ÉTÉ "), "venissieux ete");
});
