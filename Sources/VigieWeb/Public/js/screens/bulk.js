// A supervisor's closure in bulk during a storm (story 9): technical and supervision alarms marked in the
// queue are closed with one code by one request (POST /api/v1/alarms/close); the station skips each one's
// pending required steps with the comment and closes it, every step in the logbook as if done one by one.
// Other categories are always handled one at a time.
import { update } from "../alarms.js";
import { api } from "../api.js";
import { t } from "../i18n.js";
import { showAlert, showInfo } from "../notice.js";
import { reasonText } from "../reason.js";
import { alarmTitle } from "../wording.js";
import { chooseClosure } from "./alarm/closure.js";

const bulkCategories = new Set(["technical", "supervision"]);

export function canBulkClose(me, alarm) {
  return ["supervisor", "admin"].includes(me.user.role) && bulkCategories.has(alarm.category);
}

/** Closes the `alarms` with one code and comment (one request: the station decides each); resolves with how many were closed. */
export async function closeInBulk(alarms) {
  let closed = 0;
  await chooseClosure({
    id: "bulk-dialog", title: t("bulk.title", { count: alarms.length }), warning: t("bulk.warning"), commentNeeded: true,
    categories: alarms.map((alarm) => alarm.category),
    close: async (code, comment) => {
      const report = await api("POST", "/api/v1/alarms/close", { ids: alarms.map((alarm) => alarm.id), closureCode: code.code, comment });
      closed = report.closed.length;
      for (const id of report.closed) {
        const alarm = alarms.find((candidate) => candidate.id === id);
        if (alarm) update({ ...alarm, lifecycle: { ...alarm.lifecycle, state: "closed" } });
      }
      showInfo(t("bulk.done", { closed, total: alarms.length }));
      if (report.refused.length) showAlert(report.refused.map((refusal) => t("reason.fieldError", { field: alarmTitle(refusal), reason: reasonText(refusal) })).join(" · "));
    },
  });
  return closed;
}
