// A supervisor's closure in bulk during a storm (story 9): technical and supervision alarms marked in the
// queue are each taken, their pending required steps skipped with the comment, and closed with one code —
// every step in the logbook as if done one by one. Other categories are always handled one at a time.
import { update } from "./alarms.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { showAlert, showInfo } from "./notice.js";
import { chooseClosure, skippedAtClosure } from "./alarm/closure.js";

const bulkCategories = new Set(["technical", "supervision"]);

export function canBulkClose(me, alarm) {
  return ["supervisor", "admin"].includes(me.user.role) && bulkCategories.has(alarm.category);
}

/** Closes the `alarms` with one code and comment; resolves with how many were closed. */
export async function closeInBulk(alarms) {
  let closed = 0;
  await chooseClosure({
    id: "bulk-dialog", title: t("bulk.title", { count: alarms.length }), warning: t("bulk.warning"), commentNeeded: true,
    close: async (code, comment) => {
      const failures = [];
      for (const alarm of alarms) {
        try {
          const path = `/api/v1/alarms/${alarm.id}`;
          const taken = await api("POST", `${path}/take`);
          for (const [index, record] of taken.steps.entries()) {
            if (record.step.required && !record.outcome && !record.skippedReason) {
              await api("POST", `${path}/steps/${index}`, { skippedReason: skippedAtClosure(record, comment) });
            }
          }
          update(await api("POST", `${path}/close`, { closureCode: code.code, comment }));
          closed += 1;
        } catch (failure) {
          failures.push(`${alarm.title}: ${failure.message}`);
        }
      }
      showInfo(t("bulk.done", { closed, total: alarms.length }));
      if (failures.length) showAlert(failures.join(" · "));
    },
  });
  return closed;
}
