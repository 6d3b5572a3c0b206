// Small modal forms (a skip reason, a reference, a code word): a native <dialog>, so focus is trapped and
// Escape cancels, and the screen behind can redraw on live updates without losing what is being typed.
import { fill, h } from "./dom.js";
import { t } from "./i18n.js";
import { fieldErrorText } from "./reason.js";

/**
 * Opens a form dialog. `fields` are elements (labels and inputs); `submit(form)` runs on Enter or the
 * button and closes the dialog when it resolves; a rejection shows its message in the dialog and keeps it open.
 * Resolves with `submit`'s value, or `null` when cancelled.
 */
export function ask({ id, title, fields, submitLabel = "dialog.ok", submit, onKey }) {
  return new Promise((resolve) => {
    const error = h("p", { class: "error", role: "alert" });
    const form = h("form", { method: "dialog", class: "stack" }, fields, error,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "primary" }, t(submitLabel)),
        h("button", { type: "button", class: "ghost", onclick: () => dialog.close() }, t("dialog.cancel"))));
    const dialog = h("dialog", { id, class: "prompt", "aria-labelledby": `${id}-title` }, h("h2", { id: `${id}-title` }, title), form);
    let result = null;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      fill(error);
      try {
        result = await submit(form);
        dialog.close();
      } catch (failure) {
        const fieldText = (failure.fields ?? []).map(fieldErrorText).join("; ");
        fill(error, fieldText || failure.message);
      }
    });
    form.addEventListener("keydown", (event) => {
      // Enter in a text area or a list submits too (Shift+Enter for a new line): typed comments end with one key.
      if (event.key === "Enter" && !event.shiftKey && event.target.matches("textarea, select")) {
        event.preventDefault();
        form.requestSubmit();
      } else {
        onKey?.(event, form);
      }
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
    (dialog.querySelector("[autofocus]") ?? form.querySelector("input, select, textarea"))?.focus();
  });
}

/** A labelled input; `attributes` go to the input. */
export function field(label, attributes, tag = "input") {
  const id = attributes.id ?? `f-${Math.random().toString(36).slice(2, 9)}`;
  const input = h(tag, { ...attributes, id });
  return [h("label", { for: id }, label), input];
}
