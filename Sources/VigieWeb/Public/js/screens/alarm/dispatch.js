// The dispatch board: guard, police, fire brigade, ambulance — requested (with reference), on site, left —
// with the time elapsed since the request, and the guard's contractual response time (late shows).
import { api } from "../../api.js";
import { h, kbd } from "../../dom.js";
import { duration, time } from "../../format.js";
import { t } from "../../i18n.js";
import { ask, field } from "../../prompt.js";
import { isOpen, stepService } from "./steps.js";

const services = ["guard", "police", "fire", "ambulance"];
export const serviceKeys = { g: "guard", p: "police", f: "fire", u: "ambulance" };
const milestones = ["requested", "onSite", "left"];
/** Written in the logbook's own words (English, like the server's sentences) and read back by `verifications`. */
const onSiteNote = "on-site verification";
const noteSeparator = " — ";

/** Each service's milestones from the alarm's `alarm.dispatch` logbook entries: `{requested: {at, reference}, …}`. */
function dispatchState(entries) {
  const board = Object.fromEntries(services.map((service) => [service, {}]));
  for (const entry of entries) {
    if (entry.kind !== "alarm.dispatch") continue;
    const details = JSON.parse(entry.details);
    board[details.service][details.milestone] = { at: entry.at, reference: details.reference, by: entry.authorName, note: details.note };
  }
  return board;
}

export function renderDispatch(handling) {
  const board = dispatchState(handling.entries);
  const contract = handling.site?.responseTimeMinutes;
  return h("table", { class: "dispatch", id: "dispatch" },
    h("caption", {}, t("dispatch.title")),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("dispatch.service")),
      milestones.map((milestone) => h("th", { scope: "col" }, t(`dispatch.${milestone}`))), h("th", { scope: "col" }, t("dispatch.elapsed")))),
    h("tbody", {}, services.map((service) => {
      const state = board[service];
      const key = Object.keys(serviceKeys).find((candidate) => serviceKeys[candidate] === service);
      const end = state.onSite?.at ?? state.left?.at;
      const elapsed = state.requested ? Date.parse(end ?? new Date().toISOString()) - Date.parse(state.requested.at) : null;
      const deadline = service === "guard" && contract && state.requested ? Date.parse(state.requested.at) + contract * 60000 : null;
      const late = deadline !== null && (end ? Date.parse(end) : Date.now()) > deadline;
      return h("tr", { "data-service": service },
        h("th", { scope: "row" }, handling.mine ? h("button", { type: "button", class: "action", onclick: () => handling.openDispatch(service) }, kbd(key), " ", t(`service.${service}`)) : t(`service.${service}`)),
        milestones.map((milestone) => h("td", { "data-milestone": milestone },
          state[milestone] ? [time(state[milestone].at, handling.timeZone), state[milestone].reference ? h("small", {}, ` ${state[milestone].reference}`) : null] : "—")),
        h("td", { class: late ? "late" : "", "data-late-after": deadline !== null && !end ? deadline : null },
          h("span", { "data-since": state.requested && !end ? state.requested.at : null }, elapsed === null ? "—" : duration(elapsed)),
          deadline !== null ? h("span", { class: "tag tag-late", hidden: !late }, " ⚠ ", t("dispatch.late", { minutes: contract })) : null));
    })));
}

/** Called by the screen's clock: a guard still awaited shows late the second the contract's time has passed. */
export function tickLateness(container, now) {
  for (const cell of container.querySelectorAll("#dispatch [data-late-after]")) {
    const late = now > Number(cell.dataset.lateAfter);
    cell.classList.toggle("late", late);
    cell.querySelector(".tag-late").hidden = !late;
  }
}

/** The dialog that records the next milestone of `service`. */
export async function openDispatch(handling, service) {
  const state = dispatchState(handling.entries)[service];
  const next = milestones.find((milestone) => !state[milestone]) ?? "left";
  // The dialog opens on the milestone: its digit chooses, Tab reaches the reference (docs/console.md, keyboard).
  const radios = milestones.map((milestone, index) => h("label", { class: "check" },
    h("input", { type: "radio", name: "milestone", value: milestone, checked: milestone === next, autofocus: milestone === next }), ` ${index + 1}. ${t(`dispatch.${milestone}`)}`));
  const [referenceLabel, reference] = field(t("dispatch.reference"), { id: "dispatch-reference", autocomplete: "off", maxlength: 60, value: state.requested?.reference ?? "" });
  // What the guard or the police found there: the on-site verification (levée de doute sur place).
  const [foundLabel, found] = field(t("verification.onSite"), { id: "dispatch-verification" }, "select");
  found.append(h("option", { value: "" }, "—"), ...["positive", "negative", "doubtful"].map((value) => h("option", { value }, t(`verification.${value}`))));
  // What the guard or the service said or found (the announced delay, a forced door), kept in the evidence.
  const [saidLabel, said] = field(t("dispatch.note"), { id: "dispatch-note", maxlength: 400, rows: 2 }, "textarea");
  await ask({
    id: "dispatch-dialog", title: t("dispatch.dialogTitle", { service: t(`service.${service}`) }),
    fields: [h("fieldset", {}, h("legend", {}, t("dispatch.milestone")), radios), referenceLabel, reference, foundLabel, found, saidLabel, said],
    // A digit on the milestones, or Alt+digit from any field, chooses; in a text field a bare digit is text.
    onKey: (event, form) => {
      const chosen = milestones[Number(event.key) - 1];
      if (chosen && (event.altKey || event.target.matches("input[type=radio]"))) {
        form.elements.milestone.value = chosen;
        if (!event.altKey) form.querySelector(`input[value=${chosen}]`).focus();
        event.preventDefault();
      }
    },
    submit: async (form) => {
      const milestone = form.elements.milestone.value;
      const note = [found.value ? `${onSiteNote} ${found.value}` : "", said.value.trim()].filter(Boolean).join(noteSeparator);
      const body = { service, milestone, reference: reference.value.trim() || undefined, note: note || undefined };
      await handling.apply(await api("POST", `/api/v1/alarms/${handling.alarm.id}/dispatch`, body));
      const index = handling.alarm.steps.findIndex((record) => isOpen(record) && stepService(record.step) === service);
      if (milestone === "requested" && index >= 0) await handling.record(index, { outcome: { reference: body.reference } });
    },
  });
}

/** Every verification result of the alarm with how it was made: video, audio, callback (the steps), on site (dispatch notes). */
export function verifications(alarm, entries) {
  const methods = { videoCheck: "video", audioCheck: "audio", callback: "callback" };
  const found = alarm.steps.filter((record) => record.outcome?.verification)
    .map((record) => ({ result: record.outcome.verification, method: methods[record.step.kind] ?? "other" }));
  for (const entry of entries) {
    if (entry.kind !== "alarm.dispatch") continue;
    const note = JSON.parse(entry.details).note ?? "";
    // "on-site verification positive — porte forcée": the result, then what was said or found.
    if (note.startsWith(onSiteNote)) found.push({ result: note.slice(onSiteNote.length).split(noteSeparator)[0].trim(), method: "onSite" });
  }
  return found;
}
