import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule, useLanguage } from "./catalogue.mjs";

const { t } = await consoleModule("i18n.js");

test("a count reads as each language says it: no 1 alarme(s)", () => {
  useLanguage("fr");
  assert.equal(t("queue.groupCount", { count: 1 }), "1 alarme");
  assert.equal(t("queue.groupCount", { count: 0 }), "0 alarme");
  assert.equal(t("queue.groupCount", { count: 3 }), "3 alarmes");
  assert.equal(t("queue.count", { shown: 1, total: 2 }), "1 affichée sur 2 ouvertes");
  useLanguage("en");
  assert.equal(t("queue.groupCount", { count: 1 }), "1 alarm");
  assert.equal(t("queue.groupCount", { count: 0 }), "0 alarms");
  assert.equal(t("queue.count", { shown: 1, total: 2 }), "1 shown of 2 open");
  useLanguage("fr");
});

test("no catalogue entry writes a plural with (s)", async () => {
  for (const code of ["fr", "en"]) {
    useLanguage(code);
    for (const key of ["queue.groupCount", "queue.marked", "bulk.title", "bulk.done", "shift.reportLine", "exchange.refused", "receivers.abuse"]) {
      assert.doesNotMatch(t(key, { count: 2, closed: 2, total: 3, opened: 2, steps: 2, problems: 2, dropped: 2, notStored: 2, shed: 2 }), /\(s\)/, key);
    }
  }
  useLanguage("fr");
});
