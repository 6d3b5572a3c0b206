// How times, ages and durations read on screen: the site's time zone, the operator's language.
import { locale, t } from "./i18n.js";

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

/** Date and time in `timeZone` (the site's; the browser's when absent). */
export function dateTime(isoDate, timeZone) {
  if (!isoDate) return "";
  return new Intl.DateTimeFormat(locale(), { dateStyle: "short", timeStyle: "medium", timeZone }).format(new Date(isoDate));
}

export function time(isoDate, timeZone) {
  if (!isoDate) return "";
  return new Intl.DateTimeFormat(locale(), { timeStyle: "medium", timeZone }).format(new Date(isoDate));
}

/** A value for `<input type="datetime-local">` from a Date, in the browser's time zone. */
export function localInputValue(date) {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return shifted.toISOString().slice(0, 16);
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

/** A `tel:` URI from a number as written ("04 78 12 34 56"). */
export function telURI(number) {
  return `tel:${number.replace(/[^+\d]/g, "")}`;
}
