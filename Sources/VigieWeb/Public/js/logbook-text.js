// A logbook entry read in the console's language. The server writes each entry's `summary` once, in English, and
// keeps the facts as structured `details` (canonical JSON): the console renders those facts, so that a French and an
// English console show the same entry. An entry whose details are absent or of a shape not known here (written
// before the station kept them, or of a kind added later) reads as its stored summary.
import { duration, time } from "./format.js";
import { has, t } from "./i18n.js";
import { worded } from "./wording.js";

/** The entry's sentence in the console's language. */
export function describeEntry(entry) {
  const details = parsedDetails(entry.details);
  const describe = describers[entry.kind];
  return (details && describe?.(details, entry)) || entry.summary;
}

/** Who wrote the entry: a person's name, or "Station" for what the station did by itself. */
export function describeAuthor(entry) {
  return stationAuthors.has(entry.authorName) ? t("logbook.author.station") : entry.authorName;
}

/** The kind's label ("Prise en compte"), never its identifier. */
export function kindLabel(kind) {
  return has(`kind.${kind}`) ? t(`kind.${kind}`) : t("kind.other");
}

/** The alarm's title in the console's language: what the station kept in both, else the summary's first part. */
export function alarmTitleOf(entry, details = parsedDetails(entry.details) ?? {}) {
  return worded(details.alarmTitles, entry.summary.split(": ")[0]);
}

// The author names `Author.system` and `AlarmActor.station` write.
const stationAuthors = new Set(["system", "station"]);

function parsedDetails(details) {
  if (details && typeof details === "object") return details;
  try {
    const value = JSON.parse(details ?? "null");
    return value && typeof value === "object" ? value : null;
  } catch {
    return null;
  }
}

/** `t(key)` when the catalogue names `value` under `prefix`, else nothing: an identifier is never shown. */
function label(prefix, value) {
  return value != null && has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : null;
}

/** A label inside a sentence: "Pas de réponse" reads "pas de réponse" after a colon. */
function lower(text) {
  return text ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
}

function join(parts) {
  return parts.filter(Boolean).join(", ");
}

/** What the event was: its meaning, zone and user, from the transmitter's account and code. */
function eventText(details) {
  const meaning = worded(details.description, details.code);
  const where = [details.zone != null ? t("logbook.text.zone", { zone: details.zone }) : null,
    details.user != null ? t("logbook.text.user", { user: details.user }) : null];
  return join([meaning, ...where]) + (details.account ? ` (${t("logbook.text.account", { account: details.account })})` : "");
}

/** One of the engine's event entries (opened, joined, restore, logged). */
function signalEvent(key) {
  return (details) => {
    if (!details.code) return null;
    const reason = label("logbook.reason", details.reason);
    return t(key, { event: eventText(details), priority: details.priority ?? "", reason: reason ?? "" });
  };
}

/** An entry of the alarm's handling ("{title} : prise en compte"), with the operator's note when one was given. */
function alarmChange(key, facts = () => ({})) {
  return (details, entry) => {
    if (!details.command) return null;
    const values = facts(details, entry);
    if (values === null) return null;
    const note = details.note && !details.cause && values.note === undefined ? ` — ${details.note}` : values.note ?? "";
    return t(key, { title: alarmTitleOf(entry, details), ...values }) + note;
  };
}

/** What a step recorded: a call attempt, its outcome or why it was skipped. */
function stepOutcome(record) {
  const outcome = record.outcome;
  if (outcome) {
    return join([
      outcome.call && t("logbook.text.call", { result: lower(label("call", outcome.call) ?? "") }),
      outcome.called,
      outcome.codeWord && t("codeWord.result", { result: label("codeWord", outcome.codeWord) ?? "" }),
      outcome.verification && t("verification.result", { result: label("verification", outcome.verification) ?? "" }),
      outcome.reference && t("dispatch.referenceShort", { reference: outcome.reference }),
      outcome.restored && t("step.restoredNote"),
      outcome.note]);
  }
  if (record.skippedReason) return t("step.skippedBecause", { reason: record.skippedReason });
  const attempt = record.attempts?.at(-1);
  if (!attempt) return "";
  return join([t("logbook.text.attempt", { count: record.attempts.length, result: lower(label("call", attempt.call) ?? "") }), attempt.called]);
}

function step(details, entry) {
  const kind = label("step", details.step?.kind);
  if (!kind) return null;
  const service = label("enum.PublicService", details.step.publicService);
  // The step's number is in the summary only ("…: step 2 callContacts, …"); a number is no identifier.
  const number = /: step (\d+) /.exec(entry.summary)?.[1];
  const name = (service ? `${kind} (${service})` : kind);
  const what = number ? t("logbook.text.stepNumbered", { number, step: name }) : name;
  const outcome = stepOutcome(details);
  return `${alarmTitleOf(entry, details)} : ${what}${outcome ? ` — ${outcome}` : ""}`;
}

function dispatch(details, entry) {
  const service = label("service", details.service);
  const milestone = label("dispatch", details.milestone);
  if (!service || !milestone) return null;
  const facts = join([
    details.reference && t("dispatch.referenceShort", { reference: details.reference }),
    details.lateByMinutes && t("dispatch.lateBy", { minutes: details.lateByMinutes }),
    details.note]);
  return t("logbook.text.dispatch", { title: alarmTitleOf(entry, details), service, milestone: lower(milestone) }) + (facts ? ` — ${facts}` : "");
}

function aggravated(details, entry) {
  if (details.fromPriority == null) return null;
  return t("logbook.text.alarm.aggravated", {
    title: alarmTitleOf(entry, details), from: worded(details.fromTitles, details.fromTitle), before: details.fromPriority, after: details.toPriority,
  }) + (details.confirmed ? ` — ${t("logbook.text.confirmed")}` : "");
}

// The station writes a parking's who, reminder and why in one English note ("Guard Dupont, reminder in 30 min: door
// forced"): its parts are facts, read back here; the words around them are not shown.
const parkingNote = /^(.*), reminder in (\d+) min(?:: (.*))?$/s;

function parked(details) {
  const [, who, minutes, why] = parkingNote.exec(details.note ?? "") ?? [];
  if (!who) return { note: "" };
  return { note: ` — ${join([t("logbook.text.parking", { who, minutes }), why])}` };
}

function closed(details) {
  if (!details.closureCode) return null;
  const comment = details.closureComment ? ` (${details.closureComment})` : "";
  const cause = label("logbook.cause", details.cause);
  return { code: details.closureCode + comment, note: cause ? ` — ${cause}` : undefined };
}

function returned(details) {
  const cause = label("logbook.cause", details.cause);
  return { note: cause ? ` — ${cause}` : "" };
}

/** The configured thing's name in words: its name, title, code, account or number (never its id). */
function entityLabel(entity) {
  if (!entity) return "";
  if (entity.account) return t("logbook.text.account", { account: entity.account });
  if (entity.number != null && entity.description) return t("logbook.text.zone", { zone: `${entity.number} ${entity.description}` });
  return entity.name ?? entity.title ?? entity.code ?? (entity.text ? entity.text.slice(0, 60) : "");
}

function configChange(key) {
  return (details) => {
    const entities = label("admin.kind", details.kind);
    if (!entities) return null;
    const subject = entityLabel(details.after ?? details.before);
    const secrets = details.secretsChanged?.length ? ` — ${t("logbook.text.secretsChanged", { count: details.secretsChanged.length })}` : "";
    return t(key, { entities, label: subject ? `« ${subject} »` : "" }).trim() + secrets;
  };
}

function userChange(key) {
  return (details) => {
    const user = details.after ?? details.before;
    if (!user?.username) return null;
    const role = details.before && details.before.role !== user.role
      ? t("logbook.text.roleChange", { before: label("role", details.before.role) ?? "", after: label("role", user.role) ?? "" })
      : label("role", user.role);
    const active = details.before && details.before.active !== user.active ? t(user.active ? "logbook.text.activated" : "logbook.text.deactivated") : null;
    return t(key, { name: user.displayName || user.username, facts: join([role, active]) });
  };
}

/** A kind whose facts are all in the entry itself (who, when): the sentence needs no details. */
function byAuthor(key) {
  return (_, entry) => t(key, { name: describeAuthor(entry) });
}

/** A kind the station writes without details, its facts (a name, a result, a time) read back from the summary. */
function fromSummary(pattern, render) {
  return (_, entry) => {
    const match = pattern.exec(entry.summary);
    return match ? render(match, entry) : null;
  };
}

function takenOver(details, entry) {
  if (details.openAlarms == null) return null;
  const facts = t("logbook.text.shift.takenOver", {
    name: describeAuthor(entry), alarms: details.openAlarms, instructions: details.activeInstructions?.length ?? 0,
  });
  return facts + (details.note ? ` — ${details.note}` : "");
}

// Hand-overs written before the report kept its facts (only counts per kind) read as their summary.
function handedOver(details, entry) {
  if (!Array.isArray(details.stillOpen)) return null;
  const facts = t("logbook.text.shift.handedOver", { name: describeAuthor(entry), closed: details.handled.length, open: details.stillOpen.length });
  return facts + (details.handOverNotes ? ` — ${details.handOverNotes}` : "");
}

/** A frame the receiver refused: who sent it, why (the decoder's reason, named when the console knows it), the answer. */
function refused(details) {
  if (!details.peer) return null;
  // "malformedField(account)" names its field in parentheses: the reason is what comes before.
  const reason = label("logbook.refusal", details.error?.replace(/\(.*$/, ""));
  return t("logbook.text.signal.refused", { peer: details.peer }) + (reason ? ` : ${reason}` : "")
    + (details.reply ? ` — ${t("logbook.text.reply", { reply: details.reply })}` : "");
}

/** An entry about media: who looked at which image, or which arrived or were removed, each with its hash. */
function mediaEntry(key) {
  return (details, entry) => {
    if (!Array.isArray(details.media)) return null;
    const camera = (item) => item.camera ?? t("alarm.mediaCamera");
    const [first] = details.media;
    return t(key, {
      count: details.media.length, days: details.retentionDays ?? "", name: describeAuthor(entry),
      camera: first ? camera(first) : "", sha256: first?.sha256 ?? "",
      items: details.media.map((item) => t("logbook.text.media.item", { camera: camera(item), sha256: item.sha256 })).join(", "),
    });
  };
}

const describers = {
  "signal.logged": (details, entry) => details.code ? signalEvent("logbook.text.signal.logged")(details, entry)
    : details.signal != null ? t(details.linkCheck ? "logbook.text.signal.linkCheck" : "logbook.text.signal.noEvent",
      { account: details.account ?? "?" }) : null,
  "signal.refused": refused,
  "alarm.opened": signalEvent("logbook.text.alarm.opened"),
  "alarm.event": signalEvent("logbook.text.alarm.event"),
  "alarm.restore": signalEvent("logbook.text.alarm.restore"),
  "alarm.aggravated": aggravated,
  "alarm.taken": alarmChange("logbook.text.alarm.taken"),
  "alarm.released": alarmChange("logbook.text.alarm.released"),
  "alarm.transferred": alarmChange("logbook.text.alarm.transferred", (details) => ({ to: details.transferredTo ?? "" })),
  "alarm.activity": alarmChange("logbook.text.alarm.activity"),
  "alarm.dispatched": alarmChange("logbook.text.alarm.dispatched"),
  "alarm.awaitingRestore": alarmChange("logbook.text.alarm.awaitingRestore"),
  "alarm.parked": alarmChange("logbook.text.alarm.parked", parked),
  "alarm.returned": alarmChange("logbook.text.alarm.returned", returned),
  "alarm.closed": alarmChange("logbook.text.alarm.closed", closed),
  // Only the station escalates, and only an alarm not taken in time, which the sentence says: its English note goes.
  "alarm.escalated": alarmChange("logbook.text.alarm.escalated", () => ({ note: "" })),
  // The station's note ("Karim inactive 300 s") says what the warning before it said: the sentence is enough.
  "alarm.deadManReleased": alarmChange("logbook.text.alarm.deadManReleased", () => ({ note: "" })),
  "alarm.deadManWarning": (details, entry) => details.holder ? t("logbook.text.alarm.deadManWarning", {
    title: alarmTitleOf(entry, details), holder: details.holder, idle: duration((details.idleSeconds ?? 0) * 1000),
  }) : null,
  "alarm.step": step,
  "alarm.dispatch": dispatch,
  "callback.codeWordChecked": fromSummary(/^code word of (.+) checked: (\w+)$/, ([, name, result]) =>
    label("codeWord", result) && t("logbook.text.codeWordChecked", { name, result: label("codeWord", result) })),
  "media.attached": mediaEntry("logbook.text.media.attached"),
  "media.viewed": mediaEntry("logbook.text.media.viewed"),
  "media.downloaded": mediaEntry("logbook.text.media.downloaded"),
  "media.purged": mediaEntry("logbook.text.media.purged"),
  // The reason is stored as "word: detail": the word is named in the console's language, the detail left out.
  "media.failed": (details) => details.reason ? t("logbook.text.media.failed", {
    camera: details.camera ?? t("alarm.mediaVerification"), reason: label("logbook.snapshotFailure", details.reason?.split(":")[0]) ?? t("alarm.mediaFailed"),
  }) : null,
  "media.liveViewed": (details, entry) => details.camera ? t("logbook.text.media.liveViewed", {
    camera: details.camera, name: describeAuthor(entry),
  }) : null,
  "device.flooding": (details) => details.events ? t("logbook.text.device.flooding", {
    name: details.deviceName ?? t("alarm.mediaCamera"), events: details.events, minutes: details.minutes ?? "",
  }) : null,
  "config.created": configChange("logbook.text.config.created"),
  "config.updated": configChange("logbook.text.config.updated"),
  "config.deleted": configChange("logbook.text.config.deleted"),
  "user.created": userChange("logbook.text.user.created"),
  "user.updated": userChange("logbook.text.user.updated"),
  "user.passwordChanged": fromSummary(/^password of (.+) changed$/, ([, name]) => t("logbook.text.user.passwordChanged", { name })),
  "session.login": byAuthor("logbook.text.session.login"),
  "session.loginFailed": fromSummary(/^failed sign-in of .+?(?:, locked until (\S+))?$/, ([, until], entry) =>
    t("logbook.text.session.loginFailed", { name: describeAuthor(entry) }) + (until ? ` — ${t("logbook.text.lockedUntil", { time: time(until) })}` : "")),
  "session.logout": byAuthor("logbook.text.session.logout"),
  "session.expired": byAuthor("logbook.text.session.expired"),
  // What an operator wrote by hand is read as written.
  "manual.note": (_, entry) => entry.summary,
  "manual.call": (_, entry) => entry.summary,
  "manual.incident": (_, entry) => entry.summary,
  "shift.takenOver": takenOver,
  "shift.handedOver": handedOver,
  "station.started": () => t("logbook.text.station.started"),
  "station.stopped": () => t("logbook.text.station.stopped"),
  "station.demoTraffic": (details) => typeof details.paused === "boolean"
    ? t(details.paused ? "logbook.text.demo.paused" : "logbook.text.demo.resumed") : null,
};
