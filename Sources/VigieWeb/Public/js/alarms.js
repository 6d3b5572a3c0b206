// The open alarms the console knows, kept current by the live feed, and the sites they belong to.
import { api } from "./api.js";
import { isHighPriority } from "./priority.js";
import { ring } from "./sound.js";

const open = new Map();
const sites = new Map();
const listeners = new Set();
let scheduled = false;

export function openAlarms() {
  return open;
}

export function site(id) {
  return sites.get(id);
}

/** Calls `listener` (at most once per frame) after the open alarms changed. */
export function onAlarmsChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    for (const listener of listeners) listener();
  });
}

/** Every page of a list resource. */
export async function loadAll(path) {
  const items = [];
  for (;;) {
    const separator = path.includes("?") ? "&" : "?";
    const page = await api("GET", `${path}${separator}offset=${items.length}&limit=1000`);
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

// The feed keeps running while the queue reloads: what it said during a reload is newer than the reload's
// answer, which may have been read before. Each reload is an epoch; `update` marks the alarms it touched in it.
let epoch = 0;
const touched = new Map();

/** Reloads the queue and the sites from the server (at start and after a break in the feed). */
export async function reload() {
  const current = ++epoch;
  const [alarms, allSites] = await Promise.all([api("GET", "/api/v1/alarms?scope=open&limit=10000"), loadAll("/api/v1/sites")]);
  for (const entry of allSites) sites.set(entry.id, entry);
  const fresh = (id) => touched.get(id) === current;
  const listed = new Set(alarms.items.map((alarm) => alarm.id));
  for (const id of [...open.keys()]) if (!listed.has(id) && !fresh(id)) open.delete(id);
  for (const alarm of alarms.items) if (!fresh(alarm.id)) open.set(alarm.id, alarm);
  for (const [id, at] of touched) if (at < current) touched.delete(id);
  changed();
}

/** Applies an alarm's new state from the feed or from an action's answer. */
export async function update(alarm) {
  const isNew = !open.has(alarm.id) && alarm.lifecycle.state === "new";
  touched.set(alarm.id, epoch);
  if (alarm.lifecycle.state === "closed") open.delete(alarm.id);
  else open.set(alarm.id, alarm);
  if (alarm.siteID && !sites.has(alarm.siteID)) {
    sites.set(alarm.siteID, await api("GET", `/api/v1/sites/${alarm.siteID}`).catch(() => ({ id: alarm.siteID, name: "?" })));
  }
  if (isNew && isHighPriority(alarm.priority)) ring();
  changed();
}
