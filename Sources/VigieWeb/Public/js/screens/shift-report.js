// The hand-over report (rapport de fin de service, story 7) in the reader's language: the server sends the shift's
// facts (ShiftReport), the console writes them, in station time. Printed, it is one clean page flow (css/print.css).
import { h } from "../dom.js";
import { dateTime, time } from "../format.js";
import { t } from "../i18n.js";
import { kindLabel } from "../logbook-text.js";
import { worded } from "../wording.js";

/** The report kept in a hand-over's logbook entry, or null for an entry written before the report held its facts. */
export function keptReport(entry) {
  try {
    const report = JSON.parse(entry?.details ?? "null");
    return Array.isArray(report?.stillOpen) ? report : null;
  } catch {
    return null;
  }
}

/** The report as a section of the shift screen, with its print button. */
export function renderReport(report, authorName) {
  return h("section", { class: "card shift-report", id: "handover-report", "aria-labelledby": "report-title" },
    h("div", { class: "report-head" },
      h("h2", { id: "report-title" }, t("shift.report.title", { name: authorName })),
      h("button", { type: "button", class: "no-print", id: "report-print", onclick: () => window.print() }, t("shift.report.print"))),
    h("p", {}, t("shift.reportLine", { from: dateTime(report.from), until: dateTime(report.until), opened: report.alarmsOpened, closed: report.alarmsClosed, steps: report.stepsRecorded })),
    part("report-notes", "shift.handOverNotes", report.handOverNotes ? [h("p", { class: "report-notes" }, report.handOverNotes)] : []),
    table("report-handled", "shift.report.handled", ["received", "taken", "closed", "site", "alarm", "closure"], report.handled, (alarm) => [
      dateTime(alarm.receivedAt), time(alarm.takenAt), time(alarm.closedAt), alarm.siteName ?? "", worded(alarm.titles, ""), closure(alarm)]),
    table("report-open", "shift.report.stillOpen", ["received", "site", "alarm", "state", "holder"], report.stillOpen, (alarm) => [
      dateTime(alarm.receivedAt), alarm.siteName ?? "", worded(alarm.titles, ""), t(`state.${alarm.state}`), alarm.holder ?? t("shift.report.inQueue")]),
    table("report-dispatches", "shift.report.dispatches", ["site", "alarm", "service", "milestone", "since", "reference"], report.dispatches, (dispatch) => [
      dispatch.siteName ?? "", worded(dispatch.titles, ""), t(`service.${dispatch.service}`), t(`dispatch.${dispatch.milestone}`), time(dispatch.at), dispatch.reference ?? ""]),
    table("report-instructions", "shift.report.instructions", ["site", "instruction", "until"], report.instructions, (instruction) => [
      instruction.siteName ?? "", instruction.text + (instruction.suppressedZones.length ? ` (${t("alarm.suppressed", { zones: instruction.suppressedZones.join(", ") })})` : ""),
      dateTime(instruction.validUntil)]),
    table("report-faults", "shift.report.faults", ["received", "fault", "state"], report.stationFaults, (fault) => [
      dateTime(fault.receivedAt), worded(fault.titles, ""), fault.closedAt ? t("shift.report.ended", { time: time(fault.closedAt) }) : t(`state.${fault.state}`)]),
    table("report-written", "shift.report.written", ["at", "kind", "site", "text"], report.written, (entry) => [
      time(entry.at), kindLabel(entry.kind), entry.siteName ?? "", entry.text]));
}

/** "FA-USR — Fausse alarme — erreur utilisateur (Fausse alarme)", and the operator's comment. */
function closure(alarm) {
  const outcome = alarm.closureOutcome ? t(`enum.ClosureOutcome.${alarm.closureOutcome}`) : null;
  const named = [alarm.closureCode, alarm.closureLabel].filter(Boolean).join(" — ") + (outcome ? ` (${outcome})` : "");
  return alarm.closureComment ? `${named} : ${alarm.closureComment}` : named;
}

function part(id, titleKey, content) {
  return h("section", { class: "report-part", id, "aria-labelledby": `${id}-title` },
    h("h3", { id: `${id}-title` }, t(titleKey)), ...(content.length ? content : [h("p", { class: "muted" }, t("shift.report.none"))]));
}

/** One section of the report: a table of `rows`, each written by `cells`, or "Aucune." when there is none. */
function table(id, titleKey, columns, rows, cells) {
  return part(id, titleKey, rows.length ? [h("table", { class: "list report-table" },
    h("thead", {}, h("tr", {}, columns.map((column) => h("th", { scope: "col" }, t(`shift.report.column.${column}`))))),
    h("tbody", {}, rows.map((row) => h("tr", {}, cells(row).map((cell) => h("td", {}, cell))))))] : []);
}
