// The demo's traffic switch in the top bar (`vigie demo` only, as the session says): a trainer quiets the simulated
// panels to play one story, then lets the station live again. On a real station nothing shows, nothing is asked.
import { api } from "./api.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { showError } from "./notice.js";

let button = null;
let paused = null;

function draw() {
  if (!button || paused === null) return;
  button.hidden = false;
  button.setAttribute("aria-pressed", String(paused));
  // Short in the top bar, the sentence read out (and in the title, what a click does).
  button.replaceChildren(h("span", { "aria-hidden": "true" }, t(paused ? "demo.pausedShort" : "demo.playingShort")),
    h("span", { class: "visually-hidden" }, t(paused ? "demo.paused" : "demo.playing")));
  button.title = t(paused ? "demo.resume" : "demo.pause");
}

async function toggle() {
  try {
    paused = (await api("PUT", "/api/v1/demo/traffic", { paused: !paused })).paused;
  } catch (error) {
    showError(error);
  }
  draw();
}

/** Shows the switch in `target` when `isDemo`; returns the redraw for a change of language. */
export async function showDemoTraffic(target, isDemo) {
  if (!isDemo) return () => {};
  button = target;
  button.addEventListener("click", toggle);
  paused = (await api("GET", "/api/v1/demo/traffic")).paused;
  draw();
  return draw;
}
