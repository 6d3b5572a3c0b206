// The demo's traffic switch in the top bar (`vigie demo` only): a trainer quiets the simulated panels to play one
// story, then lets the station live again. On a real station the server has no such switch (404): nothing shows.
import { api } from "./api.js";
import { t } from "./i18n.js";
import { showError } from "./notice.js";

let button = null;
let paused = null;

function draw() {
  if (!button || paused === null) return;
  button.hidden = false;
  button.setAttribute("aria-pressed", String(paused));
  button.textContent = t(paused ? "demo.paused" : "demo.playing");
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

/** Shows the switch in `target` if the station is a demo; returns the redraw for a change of language. */
export async function showDemoTraffic(target) {
  button = target;
  button.addEventListener("click", toggle);
  try {
    paused = (await api("GET", "/api/v1/demo/traffic")).paused;
  } catch {
    return draw; // not a demo
  }
  draw();
  return draw;
}
