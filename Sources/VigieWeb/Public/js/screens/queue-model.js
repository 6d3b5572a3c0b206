// What the queue shows, computed from the open alarms: filtered, sorted by priority then age, and grouped
// per site with the worst alarm first. Pure functions, so the view only draws.

/** Highest priority first, then oldest (the server's order). */
function byUrgency(a, b) {
  return b.priority - a.priority || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

function matches(alarm, filters, context, terms) {
  if (filters.category && alarm.category !== filters.category) return false;
  const state = alarm.lifecycle.state;
  switch (filters.state) {
    case "new": if (state !== "new") return false; break;
    case "mine": if (alarm.lifecycle.holder?.userID !== context.me.id) return false; break;
    case "taken": if (!alarm.lifecycle.holder) return false; break;
    case "escalated": if (!(state === "new" && alarm.lifecycle.escalatedAt)) return false; break;
    case "awaitingRestore": if (state !== "awaitingRestore") return false; break;
    default: break;
  }
  if (terms.length) {
    const text = searchedText(alarm, context);
    if (!terms.every((term) => text.includes(term))) return false;
  }
  return true;
}

/**
 * The terms of a search, each of which an alarm must contain: its words, folded, except that "zone" and the number
 * after it are one term, so that "zone 7" finds zone 7 without finding every alarm that has a zone and a 7 somewhere.
 */
export function searchTerms(query) {
  const words = fold(query ?? "").split(/\s+/).filter(Boolean);
  const terms = [];
  for (let index = 0; index < words.length; index += 1) {
    if (words[index] === "zone" && /^\d+$/.test(words[index + 1] ?? "")) terms.push(`zone ${words[++index]}`);
    else terms.push(words[index]);
  }
  return terms;
}

/**
 * What the search looks in, folded: the title in both languages, the site, the category in both languages (operators of one room
 * do not all use the same), the event codes, the account and each zone in alarm as "zone 7". Fields are kept on
 * lines of their own, so that no term matches across two of them.
 */
function searchedText(alarm, { siteName, categoryNames }) {
  return fold([
    alarm.title, alarm.titles?.fr ?? "", siteName(alarm.siteID), ...categoryNames(alarm.category), ...(alarm.codes ?? []), alarm.account ?? "",
    ...(alarm.zonesInAlarm ?? []).map((zone) => `zone ${zone}`),
  ].join("\n"));
}

/**
 * The group an alarm is shown in: its site's; for the station's report of unknown accounts, one per receiver (a
 * storm of unknown accounts on one receiver must not hide the station's own alarms); else the station's group.
 */
function groupOf(alarm) {
  if (alarm.siteID) return { key: alarm.siteID, siteID: alarm.siteID };
  const receiver = alarm.grouping?.startsWith("unknown:") ? alarm.grouping.slice("unknown:".length) : null;
  if (receiver) return { key: `unknown:${receiver}`, siteID: null, receiver };
  return { key: "station", siteID: null };
}

/**
 * The rows to draw: `{type: "group", key, siteID, receiver, count, worst}` (`receiver` for a group of unknown
 * accounts) and `{type: "alarm", key, alarm}`. `context` gives `me` (the user), `siteName(siteID)` and
 * `categoryNames(category)` (its names in every language, for the search).
 */
export function rows(alarms, filters, context) {
  const terms = searchTerms(filters.text);
  const shown = [...alarms].filter((alarm) => matches(alarm, filters, context, terms)).sort(byUrgency);
  if (!filters.grouped) return shown.map((alarm) => ({ type: "alarm", key: alarm.id, alarm }));
  const groups = new Map();
  for (const alarm of shown) {
    const group = groupOf(alarm);
    if (!groups.has(group.key)) groups.set(group.key, { ...group, members: [] });
    groups.get(group.key).members.push(alarm);
  }
  const result = [];
  // Groups keep the order of their worst alarm, which `shown` already gives.
  for (const { key, siteID, receiver, members } of groups.values()) {
    result.push({ type: "group", key: `group:${key}`, siteID, receiver, count: members.length, worst: members[0] });
    for (const alarm of members) result.push({ type: "alarm", key: alarm.id, alarm });
  }
  return result;
}

/**
 * The category filter's choices, built from the open alarms so that a storm's new category can be chosen at once:
 * `{value, label, count}` by label in the console's language (the view puts "every category" first). The chosen
 * category stays offered, with 0, when its last alarm closed: the filter never changes under the operator's eyes.
 */
export function categoryOptions(alarms, chosen, label, locale) {
  const counts = new Map();
  for (const alarm of alarms) counts.set(alarm.category, (counts.get(alarm.category) ?? 0) + 1);
  if (chosen && !counts.has(chosen)) counts.set(chosen, 0);
  return [...counts].map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** How long a selection the operator moved himself stays where he put it, whatever comes to the top. */
export const selectionHold = 10_000;

/**
 * Whether the selection moves to the queue's new top row: it follows the worst alarm (a worse one arrived, one was
 * aggravated, or the top one closed), unless the operator moved it by key or click less than `selectionHold` ago —
 * he may be about to take the alarm he chose.
 */
export function followsTop(previousTop, top, movedAt, now) {
  return top !== null && top !== previousTop && now - movedAt >= selectionHold;
}

/**
 * Since when the alarm is what it is now: its last aggravation (`takenOverAt`) or return from parking
 * (`returnedAt`), else its first event. Its age in the queue counts from it, as the station's escalation does.
 */
export function currentSince(alarm) {
  const moments = [alarm.takenOverAt, alarm.returnedAt].filter(Boolean);
  return moments.length ? moments.reduce((latest, date) => (Date.parse(date) > Date.parse(latest) ? date : latest)) : alarm.createdAt;
}

/** Folds accents and case, for the filter box. */
export function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}
