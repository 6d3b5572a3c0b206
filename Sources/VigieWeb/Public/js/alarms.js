// The open alarms the console knows, kept current by the live feed, and the sites they belong to.
import { alertFor } from "./alarm-alerts.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { showAlert } from "./notice.js";
import { ring } from "./sound.js";
import { alarmTitle } from "./wording.js";

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

/** The largest `ids` list `GET /api/v1/sites` takes at once. */
const sitesPerRequest = 200;

/**
 * Loads the sites of `ids` (those the console does not know yet, or all of them with `refresh`), so that their
 * names can be shown: the console needs the sites of its alarms and entries, not the whole customer base.
 */
export async function ensureSites(ids, { refresh = false } = {}) {
  const wanted = [...new Set(ids)].filter((id) => id && (refresh || !sites.has(id)));
  for (let start = 0; start < wanted.length; start += sitesPerRequest) {
    const batch = wanted.slice(start, start + sitesPerRequest);
    const page = await api("GET", `/api/v1/sites?ids=${batch.join(",")}&limit=${sitesPerRequest}`);
    for (const entry of page.items) sites.set(entry.id, entry);
  }
}

/**
 * Every open alarm, page after page in the identifiers' order with a cursor: alarms opening and closing during the
 * reload (a storm) do not shift the pages, so none that stays open is skipped; those that change come by the feed.
 */
async function loadOpenAlarms() {
  const alarms = [];
  for (;;) {
    const after = alarms.length ? `&after=${alarms[alarms.length - 1].id}` : "";
    const page = await api("GET", `/api/v1/alarms?scope=open&order=id&limit=1000${after}`);
    alarms.push(...page.items);
    if (page.items.length < 1000) return alarms;
  }
}

/** Reloads every open alarm and their sites from the server (at start and after a break in the feed). */
export async function reload() {
  const current = ++epoch;
  const alarms = await loadOpenAlarms();
  await ensureSites(alarms.map((alarm) => alarm.siteID), { refresh: true });
  const fresh = (id) => touched.get(id) === current;
  const listed = new Set(alarms.map((alarm) => alarm.id));
  for (const id of [...open.keys()]) if (!listed.has(id) && !fresh(id)) open.delete(id);
  for (const alarm of alarms) if (!fresh(alarm.id)) open.set(alarm.id, alarm);
  for (const [id, at] of touched) if (at < current) touched.delete(id);
  changed();
}

/**
 * Applies an alarm's new state from the feed or from an action's answer, and rings when it must be heard
 * (`alertFor`). The user's role is the one console.js gives the page (`data-role`), set before any alarm arrives.
 */
export async function update(alarm) {
  const alert = alertFor(open.get(alarm.id), alarm, document.body.dataset.role);
  touched.set(alarm.id, epoch);
  if (alarm.lifecycle.state === "closed") open.delete(alarm.id);
  else open.set(alarm.id, alarm);
  if (alarm.siteID && !sites.has(alarm.siteID)) wantSite(alarm.siteID);
  if (alert) ring();
  if (alert === "escalated") showAlert(t("queue.escalationNotice", { title: alarmTitle(alarm), site: alarm.siteID ? sites.get(alarm.siteID)?.name ?? "…" : t("queue.station") }));
  changed();
}

// Sites of alarms that arrive live, fetched together a moment later: a storm of new alarms is a few requests of
// 200 sites, not one request each (which the browser refuses past a few thousand).
const wantedSites = new Set();
let sitesTimer = null;

function wantSite(id) {
  wantedSites.add(id);
  sitesTimer ??= setTimeout(async () => {
    const ids = [...wantedSites];
    wantedSites.clear();
    sitesTimer = null;
    await ensureSites(ids).catch(() => {});
    changed();
  }, 50);
}
