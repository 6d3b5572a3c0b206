// Priority is shown by colour AND by a shape and a word, never by colour alone (colour-blind operators, print).
import { h } from "./dom.js";
import { has, t } from "./i18n.js";

// Bands of the engine's priorities (docs/configuration.md): station alarms carry a +1000 bonus; a confirmed
// intrusion (burglary 60 + 20) is urgent, a plain burglary high, technical faults low.
const bands = [
  { name: "station", minimum: 1000, shape: "■" },
  { name: "urgent", minimum: 80, shape: "▲" },
  { name: "high", minimum: 55, shape: "◆" },
  { name: "medium", minimum: 35, shape: "●" },
  { name: "low", minimum: -Infinity, shape: "▽" },
];

export function band(priority) {
  return bands.find((candidate) => priority >= candidate.minimum);
}

/** Whether a new alarm of this priority rings the console's sound. */
export function isHighPriority(priority) {
  return priority >= 80;
}

/** The badge: shape, word and number, coloured by band. */
export function priorityBadge(priority) {
  const { name, shape } = band(priority);
  return h("span", { class: `prio prio-${name}`, title: t("priority.title", { priority }) },
    h("span", { class: "prio-shape", "aria-hidden": "true" }, shape), " ", t(`priority.${name}`));
}

export function categoryLabel(category) {
  return has(`category.${category}`) ? t(`category.${category}`) : category;
}

export function stateLabel(state) {
  return t(`state.${state}`);
}
