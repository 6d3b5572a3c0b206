// The operator console: the shell (top bar, live state, shortcuts) and the screens it routes to by URL hash.
import { reload, onAlarmsChange, openAlarms, update } from "./alarms.js";
import { api, rememberSession } from "./api.js";
import { h } from "./dom.js";
import { setStationTimeZone } from "./format.js";
import { applyLanguage, onLanguageChange, t } from "./i18n.js";
import { globalKey, showHelp } from "./keys.js";
import * as live from "./live.js";
import { showAlert } from "./notice.js";
import { showDemoTraffic } from "./demo-traffic.js";
import { refreshReceivers, showReceivers } from "./receivers.js";
import { roleIncludes } from "./roles.js";
import { isMuted, ring, setMuted, unlock } from "./sound.js";
import { applyTheme, toggleTheme } from "./theme.js";
import { alarmTitle } from "./wording.js";
import * as adminScreen from "./screens/admin/admin-view.js";
import * as alarmScreen from "./screens/alarm/alarm-view.js";
import * as callsScreen from "./screens/calls.js";
import * as logbookScreen from "./screens/logbook.js";
import * as queueScreen from "./screens/queue.js";
import * as shiftScreen from "./screens/shift.js";

// Every screen is loaded at start (static imports): a screen fetched on demand could fail to load while the
// station restarts, leaving the operator in front of an empty page.
const screens = { queue: queueScreen, alarm: alarmScreen, calls: callsScreen, logbook: logbookScreen, shift: shiftScreen, admin: adminScreen };

applyTheme();
const me = await api("GET", "/api/v1/session");
rememberSession(me);
setStationTimeZone(me.stationTimeZone);
document.body.dataset.role = me.user.role;
const view = document.getElementById("view");
let unmount = null;

let routing = 0;

/** Shows the screen the hash names. Each screen draws into its own element, attached at once: a screen still
 * loading when the operator has already moved on draws into a detached element, never over the new one. */
async function route() {
  const ticket = ++routing;
  const [name = "queue", ...params] = location.hash.replace(/^#\/?/, "").split("/");
  const module = screens[name] ?? screens.queue;
  // A dialog belongs to the screen that opened it: leaving the screen cancels it (its promise resolves as such).
  for (const dialog of document.querySelectorAll("dialog[open]")) dialog.close();
  unmount?.();
  unmount = null;
  const screen = h("div", { class: "screen" });
  view.replaceChildren(screen);
  for (const link of document.querySelectorAll("nav.screens a")) {
    if (link.getAttribute("href") === `#/${name}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const cleanup = (await module.mount(screen, { me, params })) ?? null;
  if (ticket === routing) unmount = cleanup;
  else cleanup?.();
  // Focus lost with a closed dialog or a removed screen goes to the new screen, where the keys act.
  if (ticket === routing && (!document.activeElement || document.activeElement === document.body)) view.focus();
}

function showWho() {
  // The name shows; the role, known to its holder, is in the title and read out.
  const who = document.getElementById("who");
  const role = t(`role.${me.user.role}`);
  who.replaceChildren(me.user.displayName, h("span", { class: "visually-hidden" }, ` — ${role}`));
  who.title = `${me.user.displayName} — ${role}`;
  const sound = document.getElementById("sound");
  sound.setAttribute("aria-pressed", String(!isMuted()));
  sound.textContent = isMuted() ? "♪̸" : "♪";
  sound.title = t(isMuted() ? "console.soundOff" : "console.soundOn");
  sound.setAttribute("aria-label", sound.title);
  // Live is a green dot (its word for screen readers and in the title); a lost connection says so in full.
  const connection = document.getElementById("connection");
  const state = live.connectionState();
  connection.replaceChildren(h("span", { class: state === "offline" ? "" : "visually-hidden" }, t(`live.${state}`)));
  connection.title = t(`live.${state}`);
}

function showQueueBadge() {
  const waiting = [...openAlarms().values()].filter((alarm) => alarm.lifecycle.state === "new").length;
  document.getElementById("queue-badge").textContent = String(waiting);
  document.title = waiting > 0 ? `(${waiting}) Vigie` : "Vigie";
}

function toggleSound() {
  setMuted(!isMuted());
  showWho();
}

document.getElementById("logout").addEventListener("click", async () => {
  await api("DELETE", "/api/v1/session");
  location.assign("/login.html");
});
document.getElementById("sound").addEventListener("click", toggleSound);
document.getElementById("theme").addEventListener("click", toggleTheme);
document.getElementById("help-button").addEventListener("click", showHelp);
document.getElementById("help").addEventListener("click", (event) => { if (event.target.matches("[data-close]")) event.target.closest("dialog").close(); });
// Supervisors review the configuration there, read-only but for what their role may write (roles.js).
if (roleIncludes(me.user.role, "supervisor")) document.getElementById("admin-link").hidden = false;
for (const type of ["keydown", "pointerdown"]) document.addEventListener(type, unlock, { once: true });

globalKey("?", "keys.help", showHelp);
globalKey("q", "keys.queue", () => { location.hash = "#/queue"; });
globalKey("c", "keys.calls", () => { location.hash = "#/calls"; });
globalKey("L", "keys.logbook", () => { location.hash = "#/logbook"; });
globalKey("H", "keys.shift", () => { location.hash = "#/shift"; });
globalKey("m", "keys.mute", toggleSound);
globalKey("Escape", "keys.back", () => { location.hash = "#/queue"; });

live.on("state", (state) => {
  document.getElementById("connection").dataset.state = state;
  showWho();
});
live.on("resync", () => reload());
const drawReceivers = showReceivers(document.getElementById("receivers"));
const drawDemoTraffic = await showDemoTraffic(document.getElementById("demo-traffic"), me.demo);
live.on("entry", (event) => {
  if (event.alarm) update(event.alarm);
  // A receiver's fault or its end is a station alarm: the top bar follows at once.
  if (event.alarm?.grouping?.startsWith("station:RECEIVER-DOWN")) refreshReceivers();
  // The dead-man warning (homme mort): the holder must act on the alarm or it goes back to the queue.
  if (event.entry.kind === "alarm.deadManWarning" && event.alarm?.lifecycle.holder?.userID === me.user.id) {
    showAlert(t("deadMan.warning", { title: alarmTitle(event.alarm) }));
    ring();
  }
});
onAlarmsChange(showQueueBadge);
onLanguageChange(() => { showWho(); drawReceivers(); drawDemoTraffic(); route(); });
applyLanguage();
showWho();

// The feed starts after the logbook's last entry at the time the queue is loaded: nothing falls in between.
const latest = await api("GET", "/api/v1/logbook?limit=1");
await reload();
live.start(latest.items[0]?.sequence ?? 0);
const takeover = await api("GET", "/api/v1/shifts/takeover");
if (!location.hash && !takeover.onShift.includes(me.user.username)) location.hash = "#/shift";
window.addEventListener("hashchange", route);
await route();
document.body.dataset.ready = "true";
