// Shift take-over (prise de poste) with its checklist, and hand-over (fin de service) with its report.
import { api } from "../api.js";
import { fill, h } from "../dom.js";
import { dateTime } from "../format.js";
import { t } from "../i18n.js";
import { screenKeys } from "../keys.js";
import { describeAuthor, describeEntry } from "../logbook-text.js";
import { showError, showInfo } from "../notice.js";
import { keptReport, renderReport } from "./shift-report.js";

/** The screen, drawn from the station's state: who is on shift, the checklist, the last hand-over's report. */
export async function mount(container, { me }) {
  const checklist = await api("GET", "/api/v1/shifts/takeover");
  const lastReport = keptReport(checklist.lastHandOver);
  const onShift = checklist.onShift.includes(me.user.username);
  const skew = Math.round((Date.now() - Date.parse(checklist.stationTime)) / 1000);
  const facts = {
    receivers: checklist.receivers.length
      ? checklist.receivers.map((receiver) => t(receiver.up ? "receivers.oneUp" : "receivers.oneDown", receiver)).join(" · ") : t("shift.noReceiver"),
    clock: t("shift.clock", { time: dateTime(checklist.stationTime), skew }),
    openAlarms: t("shift.openAlarms", { count: checklist.openAlarms, restore: checklist.awaitingRestore }),
    instructions: checklist.activeInstructions.length
      ? checklist.activeInstructions.map((instruction) => instruction.text).join(" · ") : t("shift.noInstruction"),
    lastNotes: checklist.lastHandOver
      ? `${describeAuthor(checklist.lastHandOver)}, ${dateTime(checklist.lastHandOver.at)} : ${lastReport?.handOverNotes ?? describeEntry(checklist.lastHandOver)}` : t("shift.noNotes"),
  };
  const note = h("textarea", { id: "takeover-note", rows: 2, maxlength: 2000 });
  const form = h("form", { class: "stack", id: "takeover-form", onsubmit: (event) => { event.preventDefault(); takeOver(); } },
    h("fieldset", {}, h("legend", {}, t("shift.checklist")),
      checklist.items.map((item) => h("label", { class: "check checklist-item" },
        h("input", { type: "checkbox", name: "confirmed", value: item }), " ", h("strong", {}, t(`shift.item.${item}`)), " — ", facts[item] ?? ""))),
    h("label", { for: "takeover-note" }, t("shift.note")), note,
    h("button", { type: "submit", class: "primary", id: "takeover-submit" }, t("shift.takeOver")));
  const notes = h("textarea", { id: "handover-notes", rows: 4, maxlength: 4000, required: true });
  const handOver = h("form", { class: "stack", id: "handover-form", onsubmit: (event) => { event.preventDefault(); handOverShift(); } },
    h("label", { for: "handover-notes" }, t("shift.handOverNotes")), notes,
    h("button", { type: "submit", class: "primary" }, t("shift.handOver")));

  async function takeOver() {
    const confirmed = [...form.querySelectorAll("input[name=confirmed]:checked")].map((input) => input.value);
    try {
      await api("POST", "/api/v1/shifts/takeover", { confirmed, note: note.value.trim() || undefined });
      showInfo(t("shift.takenOver"));
      location.hash = "#/queue";
    } catch (error) {
      showError(error);
    }
  }

  async function handOverShift() {
    try {
      await api("POST", "/api/v1/shifts/handover", { notes: notes.value.trim() });
      showInfo(t("shift.handedOver"));
      // Drawn again: the operator is off shift now, and the report just written is the last hand-over's.
      await mount(container, { me });
    } catch (error) {
      showError(error);
    }
  }

  fill(container, h("section", { class: "shift-view", "aria-labelledby": "shift-title" },
    h("h1", { id: "shift-title" }, t("shift.title")),
    h("p", { class: "muted" }, checklist.onShift.length ? t("shift.onShift", { names: checklist.onShift.join(", ") }) : t("shift.nobody")),
    h("div", { class: "shift-grid" },
      h("section", { class: "card", "aria-labelledby": "takeover-title" }, h("h2", { id: "takeover-title" }, t("shift.takeOver")),
        onShift ? h("p", {}, "✓ ", t("shift.already")) : null, form),
      onShift ? h("section", { class: "card", "aria-labelledby": "handover-title" }, h("h2", { id: "handover-title" }, t("shift.handOver")), handOver) : null),
    lastReport ? renderReport(lastReport, describeAuthor(checklist.lastHandOver)) : null));
  screenKeys([]);
  (onShift ? notes : form.querySelector("input"))?.focus();
}

