// The receivers' state in the top bar (story 8): an operator sees at a glance that every receiver listens, or
// which one stopped, without opening a screen. Read every few seconds and whenever a station alarm moves.
import { api } from "./api.js";
import { h } from "./dom.js";
import { receiversSummary } from "./receiver-summary.js";

const refreshEvery = 10_000;
let element = null;
let latest = [];

function draw() {
  if (!element) return;
  const summary = receiversSummary(latest);
  element.dataset.state = summary.state;
  // All listening: a short word and the count, the sentence read out; a stopped receiver is said in full.
  element.replaceChildren(...(summary.short
    ? [h("span", { "aria-hidden": "true" }, summary.short), h("span", { class: "visually-hidden" }, summary.text)]
    : [summary.text]));
  element.title = summary.title;
}

/** Reads the receivers now and draws them. */
export async function refreshReceivers() {
  try {
    latest = await api("GET", "/api/v1/receivers");
  } catch {
    return; // the connection indicator already says the station is unreachable
  }
  draw();
}

/** Starts showing the receivers in `target`, redrawn in the current language on `redraw`. */
export function showReceivers(target) {
  element = target;
  refreshReceivers();
  setInterval(refreshReceivers, refreshEvery);
  return draw;
}
