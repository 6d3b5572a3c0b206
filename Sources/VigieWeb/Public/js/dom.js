// A tiny element builder: the console builds its DOM from data, never from HTML strings (no injection).
import { keyLabel } from "./i18n.js";

/**
 * `h("button", {class: "x", onclick}, "text", child)` → an element. Attributes starting with `on` are listeners,
 * `dataset`/`style` objects are merged, `false`/`null` attributes and children are left out.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "dataset" || name === "style") Object.assign(element[name], value);
    else if (name === "class") element.className = value;
    else if (name in element && typeof value !== "string") element[name] = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of `element`. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A `<kbd>` hint shown beside an action. */
export function kbd(key) {
  return h("kbd", { "aria-hidden": "true" }, keyLabel(key));
}

/** Says `text` to screen readers through the page's polite live region. */
export function announce(text) {
  const region = document.getElementById("announcer");
  if (!region) return;
  region.textContent = "";
  requestAnimationFrame(() => { region.textContent = text; });
}
