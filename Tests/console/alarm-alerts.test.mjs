import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule } from "./catalogue.mjs";

const { alertFor } = await consoleModule("alarm-alerts.js");

function alarm({ priority = 90, state = "new", escalatedAt, takenOverAt, returnedAt } = {}) {
  return { id: "logisud", priority, takenOverAt, returnedAt, lifecycle: { state, escalatedAt } };
}
const at = (minute) => `2026-12-02T02:${String(minute).padStart(2, "0")}:00Z`;

test("which updates of an alarm ring the console, for an operator and for a supervisor", () => {
  const table = [
    // what the console knew, what arrives, role, why it rings
    ["a new urgent alarm", undefined, alarm(), "operator", "new"],
    ["a new technical alarm", undefined, alarm({ priority: 30 }), "operator", null],
    ["an alarm first seen taken", undefined, alarm({ state: "taken" }), "operator", null],
    ["the same alarm again", alarm(), alarm(), "operator", null],
    ["taken by a colleague", alarm(), alarm({ state: "taken" }), "operator", null],
    ["a second zone confirms the intrusion", alarm({ priority: 60 }), alarm({ takenOverAt: at(17) }), "operator", "aggravated"],
    ["aggravated again", alarm({ takenOverAt: at(17) }), alarm({ takenOverAt: at(25) }), "operator", "aggravated"],
    ["the same aggravation told twice", alarm({ takenOverAt: at(17) }), alarm({ takenOverAt: at(17) }), "operator", null],
    ["aggravated but still low", alarm({ priority: 30 }), alarm({ priority: 40, takenOverAt: at(17) }), "operator", null],
    ["escalated, for an operator", alarm({ priority: 30 }), alarm({ priority: 30, escalatedAt: at(20) }), "operator", null],
    ["escalated, for a supervisor", alarm({ priority: 30 }), alarm({ priority: 30, escalatedAt: at(20) }), "supervisor", "escalated"],
    ["escalated, for an administrator", alarm(), alarm({ escalatedAt: at(20) }), "admin", "escalated"],
    ["still escalated", alarm({ escalatedAt: at(20) }), alarm({ escalatedAt: at(20) }), "supervisor", null],
    ["escalated and aggravated at once", alarm(), alarm({ escalatedAt: at(20), takenOverAt: at(20) }), "supervisor", "escalated"],
    ["a parked alarm back on its restore", alarm({ priority: 30, state: "awaitingRestore" }), alarm({ priority: 30, returnedAt: at(30) }), "operator", "returned"],
    ["back, but to the operator who took it", alarm({ state: "awaitingRestore" }), alarm({ state: "inProgress", returnedAt: at(30) }), "operator", null],
  ];
  for (const [situation, previous, update, role, expected] of table) assert.equal(alertFor(previous, update, role), expected, situation);
});
