// Keyboard shortcuts: one registry, so that `?` lists exactly what works on the current screen.
import { fill, h } from "./dom.js";
import { keyLabel, t } from "./i18n.js";

const global = [];
let screen = [];

/**
 * Registers a shortcut. `key` is a KeyboardEvent.key ("a", "Enter", "?"), optionally prefixed "Alt+";
 * `label` is a catalogue key. Screen shortcuts are replaced whenever a screen opens (`screenKeys`).
 */
export function globalKey(key, label, run) {
  global.push({ key, label, run });
}

export function screenKeys(list) {
  screen = list.filter(Boolean);
}

/** Keys typed into a text field or a list box are text, not shortcuts (a focused checkbox or button is not). */
function typing(target) {
  const field = target.closest?.("input, textarea, select, [contenteditable]");
  return Boolean(field) && !(field.matches("input") && ["checkbox", "radio", "button", "submit"].includes(field.type));
}

function name(event) {
  return (event.altKey ? "Alt+" : "") + event.key;
}

/**
 * The shortcut that focuses a search field (`find()` gives it). Typed into that field while it is empty, the key is
 * the shortcut pressed once more, not the first character of a search: screens open with their search focused.
 */
export function searchKey(find, key = "/") {
  return { key, label: "keys.filter", field: find, run: () => { find()?.focus(); find()?.select(); } };
}

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  if (document.querySelector("dialog[open]")) return;
  const pressed = name(event);
  const shortcut = [...screen, ...global].find((candidate) => candidate.key === pressed);
  if (shortcut?.field && shortcut.field() === event.target && !event.target.value) {
    event.preventDefault();
    return;
  }
  if (typing(event.target) && !event.altKey) return;
  if (!shortcut) return;
  event.preventDefault();
  shortcut.run(event);
});

/** The `?` dialog. */
export function showHelp() {
  const dialog = document.getElementById("help");
  const rows = (list) => list.map((shortcut) => h("tr", {}, h("th", { scope: "row" }, h("kbd", {}, keyLabel(shortcut.key))), h("td", {}, t(shortcut.label))));
  fill(dialog.querySelector(".help-body"),
    h("h3", {}, t("help.screen")), h("table", { class: "keys" }, h("tbody", {}, rows(screen))),
    h("h3", {}, t("help.everywhere")), h("table", { class: "keys" }, h("tbody", {}, rows(global))));
  dialog.showModal();
}
