import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule } from "./catalogue.mjs";

const { fittingCodes } = await consoleModule("screens/alarm/closure-order.js");

// In the server's order, as an administrator created them.
const codes = [
  ["FA-USR", "falseAlarm"], ["FA-ENV", "falseAlarm"], ["REAL-POL", "realAlarm"], ["REAL-GRD", "realAlarm"], ["TEST", "test"],
  ["ANN-CLI", "cancelled"], ["AUTRE", "other"], ["TECH-SECT", "technical"], ["TECH-LIGNE", "technical"], ["NEW", "future"],
].map(([code, outcome]) => ({ code, outcome }));
const order = (categories) => fittingCodes(codes, categories).map((code) => code.code);

test("technical, supervision, bypass and unknown alarms offer the technical codes first", () => {
  const technicalFirst = ["TECH-SECT", "TECH-LIGNE", "TEST", "ANN-CLI", "AUTRE", "FA-USR", "FA-ENV", "REAL-POL", "REAL-GRD", "NEW"];
  for (const category of ["technical", "supervision", "bypass", "unknown"]) assert.deepEqual(order([category]), technicalFirst, category);
});

test("other alarms offer false and real alarm first, in the server's order within an outcome", () => {
  const alarmFirst = ["FA-USR", "FA-ENV", "REAL-POL", "REAL-GRD", "TECH-SECT", "TECH-LIGNE", "TEST", "ANN-CLI", "AUTRE", "NEW"];
  for (const category of ["burglary", "fire", "tamper", "environmental"]) assert.deepEqual(order([category]), alarmFirst, category);
  assert.deepEqual(order([]), alarmFirst);
});

test("in bulk, the technical codes come first only when every marked alarm is technical", () => {
  assert.equal(order(Array.from({ length: 95 }, (_, index) => (index % 2 ? "technical" : "supervision")))[0], "TECH-SECT");
  assert.equal(order(["technical", "supervision", "burglary"])[0], "FA-USR");
});

test("the codes given are left as they were", () => {
  const before = codes.map((code) => code.code);
  order(["technical"]);
  assert.deepEqual(codes.map((code) => code.code), before);
});
