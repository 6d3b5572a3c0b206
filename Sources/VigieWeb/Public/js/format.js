// How times, ages and durations read on screen, in the operator's language. One time rule everywhere
// (docs/console.md): station time with its zone, and the site's local time beside it when its zone differs.
import { locale, t } from "./i18n.js";

let stationZone;

/** The station's time zone, from the session: every time on screen is read in it. */
export function setStationTimeZone(zone) {
  stationZone = zone;
}

const dayAndTime = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" };
const timeOnly = { hour: "2-digit", minute: "2-digit", second: "2-digit" };

function formatted(date, fields, timeZone) {
  return new Intl.DateTimeFormat(locale(), { ...fields, timeZone, timeZoneName: "short" }).format(date);
}

/** The wall clock of `date` in `timeZone`, to tell whether two zones read it alike. */
function wallClock(date, timeZone) {
  return new Intl.DateTimeFormat("en-GB", { ...dayAndTime, timeZone }).format(date);
}

/** " (heure du site : 14:39:24 UTC−4)" when the site's zone reads `date` otherwise than the station's. */
function siteLocal(date, siteZone) {
  if (!siteZone || siteZone === stationZone || wallClock(date, siteZone) === wallClock(date, stationZone)) return "";
  const sameDay = wallClock(date, siteZone).slice(0, 10) === wallClock(date, stationZone).slice(0, 10);
  return ` (${t("time.siteLocal", { time: formatted(date, sameDay ? timeOnly : dayAndTime, siteZone) })})`;
}

/** "4 min 07 s", "2 h 05" — how long since `date` (or between two dates). */
export function duration(milliseconds) {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  if (seconds < 60) return t("time.seconds", { s: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t("time.minutes", { m: minutes, s: String(seconds % 60).padStart(2, "0") });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t("time.hours", { h: hours, m: String(minutes % 60).padStart(2, "0") });
  return t("time.days", { d: Math.floor(hours / 24) });
}

export function age(isoDate, now = Date.now()) {
  return duration(now - Date.parse(isoDate));
}

/** Date and time in station time with its zone, and in `siteZone` beside it when that reads otherwise. */
export function dateTime(isoDate, siteZone) {
  if (!isoDate) return "";
  const date = new Date(isoDate);
  return formatted(date, dayAndTime, stationZone) + siteLocal(date, siteZone);
}

/** The time of day, by the same rule. */
export function time(isoDate, siteZone) {
  if (!isoDate) return "";
  const date = new Date(isoDate);
  return formatted(date, timeOnly, stationZone) + siteLocal(date, siteZone);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(instant, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { ...dayAndTime, timeZone, hourCycle: "h23" })
    .formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * A value for `<input type="datetime-local">`: `date` on the station's wall clock. A typed time follows the one time
 * rule too: "jusqu'à 19:00" is 19:00 station time, whatever zone the browser's computer is set to.
 */
export function stationInputValue(date) {
  return new Date(date.getTime() + zoneOffset(date.getTime(), stationZone)).toISOString().slice(0, 16);
}

/** `timeZone`'s name at `now` in the operator's language, in `style` ("short": "UTC+1"; "longGeneric"). */
function zoneNamed(timeZone, style, now) {
  return new Intl.DateTimeFormat(locale(), { timeZone, timeZoneName: style }).formatToParts(now)
    .find((part) => part.type === "timeZoneName")?.value;
}

/** A zone as a person names it ("heure d’Europe centrale", "heure de la Guyane française"), not its IANA key. */
export function zoneName(timeZone, now = new Date()) {
  try {
    return zoneNamed(timeZone, "longGeneric", now) ?? timeZone;
  } catch {
    return timeZone; // a zone this browser does not know is shown as stored
  }
}

/** The label of a field typed in station time, with the station's zone as times on screen show it: "Du (UTC+1)". */
export function stationTimeLabel(label, now = new Date()) {
  const zone = zoneNamed(stationZone, "short", now);
  return zone ? `${label} (${zone})` : label;
}

/** The instant (ISO 8601) a `datetime-local` value names on the station's wall clock; `null` when it names none. */
export function fromStationInput(value) {
  const wall = Date.parse(`${value}Z`);
  if (Number.isNaN(wall)) return null;
  // The offset at the guessed instant, then at the instant it gives: right on either side of a change of hour.
  const guess = wall - zoneOffset(wall, stationZone);
  return new Date(wall - zoneOffset(guess, stationZone)).toISOString();
}

export function addressLine(address) {
  if (!address) return "";
  return [address.street, [address.postalCode, address.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

/** The OpenStreetMap page of a site: its coordinates when known, else its address. */
export function mapLink(site) {
  if (site.latitude != null && site.longitude != null) {
    return `https://www.openstreetmap.org/?mlat=${site.latitude}&mlon=${site.longitude}#map=18/${site.latitude}/${site.longitude}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLine(site.address))}`;
}

/**
 * A metropolitan French number as an operator reads it, whatever its writing: "0671245893", "+33 6 71 24 58 93",
 * "0033 (0)6…" all read "06 71 24 58 93". Other numbers (overseas +590…, abroad, short 17 or 112) read as written:
 * their grouping is their own.
 */
export function phoneText(number) {
  const compact = number.replace(/[\s.\-()]/g, "");
  const national = /^(?:\+33|0033)0?(\d{9})$/.exec(compact)?.[1] ?? /^0(\d{9})$/.exec(compact)?.[1];
  return national ? `0${national}`.replace(/(\d{2})(?=\d)/g, "$1 ") : number;
}

/** A `tel:` URI from a number as written ("04 78 12 34 56"). */
export function telURI(number) {
  return `tel:${number.replace(/[^+\d]/g, "")}`;
}
