// Short messages at the bottom of the screen (errors of refused actions, confirmations), also read aloud.
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { fieldErrorText } from "./reason.js";

function show(text, kind) {
  const area = document.getElementById("notices");
  const item = h("p", { class: `notice notice-${kind}`, role: kind === "error" ? "alert" : "status" }, text);
  area.append(item);
  setTimeout(() => item.remove(), kind === "error" ? 9000 : 4000);
}

/** A refused action: the server's message (409 says who holds the alarm, 422 which field is wrong). */
export function showError(error) {
  const fields = (error.fields ?? []).map(fieldErrorText).join("; ");
  showAlert(`${t(`error.${error.status ?? "network"}`)} — ${fields || error.message}`);
}

/** Something the operator must act on (a refusal, the dead-man warning), read aloud at once. */
export function showAlert(text) {
  show(text, "error");
}

export function showInfo(text) {
  show(text, "info");
}
