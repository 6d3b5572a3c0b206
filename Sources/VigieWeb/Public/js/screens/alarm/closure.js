// Closing (code + comment), releasing to the queue, transferring to a colleague.
import { api } from "../../api.js";
import { h } from "../../dom.js";
import { t } from "../../i18n.js";
import { showAlert } from "../../notice.js";
import { ask, field } from "../../prompt.js";
import { fittingCodes } from "./closure-order.js";

let closureCodes = null;

async function activeCodes() {
  closureCodes ??= (await api("GET", "/api/v1/closure-codes?limit=1000")).items.filter((code) => code.active);
  return closureCodes;
}

/**
 * The closure dialog. Digits 1–9 pick one of the first nine codes and move to the comment; Enter closes.
 * Required steps still pending are listed and skipped with the comment as their reason, each in the logbook,
 * so that a false alarm cleared by the callback does not need one more dialog per remaining step.
 */
export async function openClosure(handling) {
  const pending = handling.alarm.steps.map((record, index) => ({ record, index })).filter(({ record }) => record.step.required && !record.outcome && !record.skippedReason);
  const warning = pending.length ? [t("closure.pendingSkipped", { count: pending.length }), " ", pending.map(({ record }) => t(`step.${record.step.kind}`)).join(", ")] : null;
  await chooseClosure({
    id: "closure-dialog", title: t("closure.title"), warning, commentNeeded: pending.length > 0, categories: [handling.alarm.category],
    close: async (code, comment) => {
      for (const { record, index } of pending) await handling.record(index, { skippedReason: skippedAtClosure(record, comment) });
      await handling.apply(await api("POST", `/api/v1/alarms/${handling.alarm.id}/close`, { closureCode: code.code, comment: comment || undefined }));
      location.hash = "#/queue";
    },
  });
}

/**
 * Why a step still pending at closure was skipped: a restore that arrived completes its step by itself, so a
 * wait-for-restore step still pending says the site never restored.
 */
function skippedAtClosure(record, comment) {
  return t(record.step.kind === "waitForRestore" ? "closure.withoutRestore" : "closure.skippedReason", { comment });
}

/**
 * The code list and the comment, shared by one alarm's closure and a supervisor's closure in bulk; the codes that
 * fit the alarms' `categories` come first (`fittingCodes`), within reach of the digit keys.
 */
export async function chooseClosure({ id, title, warning, commentNeeded, categories, close }) {
  const codes = fittingCodes(await activeCodes(), categories);
  const [commentLabel, comment] = field(t("closure.comment"), { id: "closure-comment", maxlength: 2000, rows: 3 }, "textarea");
  const list = h("div", { class: "codes", role: "radiogroup", "aria-label": t("closure.code") },
    codes.map((code, index) => h("label", { class: "check code" },
      h("input", { type: "radio", name: "code", value: code.code, autofocus: index === 0 }),
      ` ${index < 9 ? `${index + 1}. ` : ""}`, h("strong", {}, code.code), " ", code.label, code.requiresComment ? h("small", { class: "muted" }, ` (${t("closure.commentRequired")})`) : null)));
  await ask({
    id, title, fields: [h("fieldset", {}, h("legend", {}, t("closure.code")), list), warning ? h("p", { class: "warning" }, warning) : null, commentLabel, comment],
    submitLabel: "closure.submit",
    onKey: (event, form) => {
      const code = codes[Number(event.key) - 1];
      if (code && event.target.matches("input[type=radio]")) {
        event.preventDefault();
        form.elements.code.value = code.code;
        comment.focus();
      }
    },
    submit: async (form) => {
      const chosen = codes.find((code) => code.code === form.elements.code.value);
      const text = comment.value.trim();
      if (!chosen) throw new Error(t("closure.chooseCode"));
      if ((chosen.requiresComment || commentNeeded) && !text) throw new Error(t("closure.commentMissing"));
      await close(chosen, text);
    },
  });
}

export async function release(handling) {
  await handling.apply(await api("POST", `/api/v1/alarms/${handling.alarm.id}/release`));
  location.hash = "#/queue";
}

export async function openTransfer(handling) {
  // Only operators on shift are offered (and accepted by the station).
  const colleagues = (await api("GET", "/api/v1/operators")).filter((user) => user.id !== handling.me.user.id);
  if (!colleagues.length) return showAlert(t("transfer.nobody"));
  const [label, select] = field(t("transfer.to"), { id: "transfer-user", autofocus: true }, "select");
  for (const user of colleagues) select.append(h("option", { value: user.id }, `${user.displayName} (${t(`role.${user.role}`)})`));
  await ask({
    id: "transfer-dialog", title: t("transfer.title"), fields: [label, select], submitLabel: "transfer.submit",
    submit: async () => {
      await handling.apply(await api("POST", `/api/v1/alarms/${handling.alarm.id}/transfer`, { userID: select.value }));
      location.hash = "#/queue";
    },
  });
}
