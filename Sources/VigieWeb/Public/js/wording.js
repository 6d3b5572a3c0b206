// Texts the station writes in both languages ({"en": …, "fr": …}: an alarm's title, an event's meaning), read in
// the console's language. Alarms and events stored before the station kept both have only their English text.
import { language } from "./i18n.js";

/** The console language's text of `wording`, or `fallback` when the station kept none. */
export function worded(wording, fallback) {
  return wording?.[language()] ?? fallback;
}

/** What an operator reads as the alarm's title ("" for no alarm). */
export function alarmTitle(alarm) {
  return alarm ? worded(alarm.titles, alarm.title) : "";
}
