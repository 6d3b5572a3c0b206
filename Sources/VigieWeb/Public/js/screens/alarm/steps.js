// The procedure as a checklist: each step shows what to do, whether it is required, what was recorded
// (outcome, failed call attempts, skip reason, who and when), and the keys that record it.
import { h, kbd } from "../../dom.js";
import { time } from "../../format.js";
import { t } from "../../i18n.js";
import { ask, field } from "../../prompt.js";
import { api } from "../../api.js";

const callKeys = { a: "answered", n: "noAnswer", b: "busy", w: "wrongNumber", v: "voicemail" };
const verificationKeys = { 1: "positive", 2: "negative", 3: "doubtful" };
const callSteps = new Set(["callback", "callContacts"]);
const verificationSteps = new Set(["videoCheck", "audioCheck"]);
/** The dispatch service a step stands for. */
export function stepService(step) {
  if (step.kind === "dispatchGuard") return "guard";
  if (step.kind === "callPublicService") return step.publicService === "emergency112" ? "police" : step.publicService;
  return null;
}

export function isOpen(record) {
  return record.outcome == null && record.skippedReason == null;
}

/**
 * Who the next call of a call step goes to, as `{ name, phone, contactID? }`: the callback (*contre-appel*) calls
 * the site itself at its own number, or its first contact when the site has none; calling the contacts goes down
 * the call order after the failed attempts.
 */
export function nextCallee(record, contacts, site) {
  if (record.step.kind === "callback" && site?.phone) return { name: site.name, phone: site.phone };
  if (contacts.length === 0) return null;
  const contact = record.step.kind === "callback" ? contacts[0] : contacts[(record.attempts?.length ?? 0) % contacts.length];
  return { name: contact.name, phone: contact.phones?.[0]?.number, contactID: contact.id };
}

/** The callee in words, as the logbook keeps it ("Menuiserie Perrin, 04 78 00 00 02"). */
export function calleeText(callee) {
  return [callee.name, callee.phone].filter(Boolean).join(", ");
}

/** Whether an answered call of this step checks the code word: a callback, unless its procedure says not to. */
export function asksCodeWord(step) {
  return step.kind === "callback" && step.asksCodeWord !== false;
}

export function renderSteps(handling) {
  const { alarm, contacts, focus, timeZone } = handling;
  return h("ol", { class: "steps", id: "steps", "aria-label": t("alarm.procedure") },
    alarm.steps.map((record, index) => {
      const open = isOpen(record);
      const state = record.outcome ? "done" : record.skippedReason ? "skipped" : "pending";
      return h("li", {
        class: `step step-${state}${index === focus ? " focused" : ""}`, id: `step-${index}`, tabindex: index === focus ? "0" : "-1",
        "aria-current": index === focus ? "step" : false, "data-kind": record.step.kind,
        onfocus: () => handling.setFocus(index, false),
      },
      h("div", { class: "step-head" },
        h("span", { class: "step-mark", "aria-hidden": "true" }, state === "done" ? "✔" : state === "skipped" ? "⤼" : record.step.required ? "☐" : "○"),
        h("strong", {}, t(`step.${record.step.kind}`), record.step.publicService ? ` (${t(`service.${stepService(record.step)}`)} ${t(`service.number.${record.step.publicService}`)})` : ""),
        h("span", { class: "muted" }, record.step.required ? t("step.required") : t("step.optional")),
        h("span", { class: "visually-hidden" }, t(`step.state.${state}`))),
      record.step.text ? h("p", { class: "step-text" }, record.step.text) : null,
      (record.attempts ?? []).map((attempt) => h("p", { class: "attempt" }, "☎ ", describe(attempt, contacts, timeZone))),
      record.outcome ? h("p", { class: "outcome" }, "✔ ", describe(record.outcome, contacts, timeZone), " — ", record.by, " ", time(record.at, timeZone)) : null,
      record.skippedReason ? h("p", { class: "outcome" }, "⤼ ", t("step.skippedBecause", { reason: record.skippedReason }), " — ", record.by) : null,
      open && index === focus && handling.mine ? actions(record, handling) : null);
    }));
}

function describe(outcome, contacts, timeZone) {
  const parts = [];
  if (outcome.call) parts.push(t(`call.${outcome.call}`));
  if (outcome.called) parts.push(outcome.called);
  else if (outcome.contactID) parts.push(contacts.find((contact) => contact.id === outcome.contactID)?.name ?? "");
  if (outcome.codeWord) parts.push(t("codeWord.result", { result: t(`codeWord.${outcome.codeWord}`) }));
  if (outcome.verification) parts.push(t("verification.result", { result: t(`verification.${outcome.verification}`) }));
  if (outcome.mediaSeen?.length) parts.push(t("verification.mediaSeen", { count: outcome.mediaSeen.length }));
  if (outcome.reference) parts.push(t("dispatch.referenceShort", { reference: outcome.reference }));
  if (outcome.restored) parts.push(t("step.restoredNote"));
  // The server stamps each failed attempt's note with the operator and an ISO time: shown as a local time.
  if (outcome.note) parts.push(outcome.note.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, (iso) => time(iso, timeZone)));
  return parts.filter(Boolean).join(" · ");
}

/** The keys of the focused step, shown on it. */
function actions(record, handling) {
  const kind = record.step.kind;
  const buttons = [];
  if (callSteps.has(kind)) {
    const callee = nextCallee(record, handling.contacts, handling.site);
    if (callee) buttons.push(h("span", { class: "muted", id: "step-callee" }, t("step.calling", { name: calleeText(callee) })));
    for (const [key, result] of Object.entries(callKeys)) buttons.push(button(key, t(`call.${result}`), () => recordCall(record, handling, result)));
  } else if (verificationSteps.has(kind)) {
    for (const [key, result] of Object.entries(verificationKeys)) buttons.push(button(key, t(`verification.${result}`), () => recordVerification(handling, result)));
  } else if (stepService(record.step)) {
    buttons.push(button("d", t("dispatch.request"), () => handling.openDispatch(stepService(record.step))));
  } else if (kind === "waitForRestore" && handling.alarm.zonesInAlarm.length > 0) {
    // Zones still in alarm: nothing restored, so nothing to mark done; the alarm can wait with someone on site.
    buttons.push(button("d", t("park.action"), () => park(handling)));
  } else {
    buttons.push(button("d", t(kind === "waitForRestore" ? "step.restoreReceived" : "step.done"), () => markDone(record, handling)));
  }
  buttons.push(button("s", t("step.skip"), () => skip(handling)));
  return h("div", { class: "step-actions" }, buttons);
}

function button(key, label, run) {
  return h("button", { type: "button", class: "action", "data-key": key, onclick: run }, kbd(key), " ", label);
}

/** What the focused step does with `key`: the action's promise, or null when the key means nothing here. */
export function stepKey(key, handling) {
  const record = handling.alarm.steps[handling.focus];
  if (!record || !isOpen(record) || !handling.mine) return null;
  const kind = record.step.kind;
  if (callSteps.has(kind) && callKeys[key]) return recordCall(record, handling, callKeys[key]);
  if (verificationSteps.has(kind) && verificationKeys[key]) return recordVerification(handling, verificationKeys[key]);
  if (key === "s") return skip(handling);
  if ((key === "d" || key === "Enter") && !callSteps.has(kind) && !verificationSteps.has(kind)) {
    if (stepService(record.step)) return handling.openDispatch(stepService(record.step));
    return kind === "waitForRestore" && handling.alarm.zonesInAlarm.length > 0 ? park(handling) : markDone(record, handling);
  }
  return null;
}

async function recordCall(record, handling, result) {
  const callee = nextCallee(record, handling.contacts, handling.site);
  const called = { contactID: callee?.contactID, called: callee ? calleeText(callee) : undefined };
  const index = handling.focus;
  if (result !== "answered") return handling.record(index, { outcome: { call: result, ...called } });
  if (!asksCodeWord(record.step) || handling.contacts.length === 0) {
    // Answered, no code word to check: what was said (the keyholder's announced delay, what the shop found).
    const [noteLabel, note] = field(t("call.note"), { id: "call-note", autofocus: true, maxlength: 500 }, "textarea");
    return ask({
      id: "call-dialog", title: t("call.answeredTitle", { name: called.called ?? "" }), fields: [noteLabel, note], submitLabel: "call.record",
      submit: () => handling.record(index, { outcome: { call: "answered", ...called, note: note.value.trim() || undefined } }),
    });
  }
  // The callback reached someone: who, and the word they gave, checked by the server (the console never sees it).
  const [whoLabel, who] = field(t("codeWord.who"), { id: "codeword-contact" }, "select");
  for (const candidate of handling.contacts) who.append(h("option", { value: candidate.id }, `${candidate.callOrder}. ${candidate.name}`));
  const [wordLabel, word] = field(t("codeWord.given"), { id: "codeword-word", autocomplete: "off", autofocus: true, required: true });
  await ask({
    id: "codeword-dialog", title: t("codeWord.title"), fields: [whoLabel, who, wordLabel, word], submitLabel: "codeWord.check",
    submit: async () => {
      const { result: check } = await api("POST", `/api/v1/contacts/${who.value}/check-word`, { word: word.value });
      // A correct word means an authorised person is there (verification negative); a wrong one leaves a doubt.
      const verification = { correct: "negative", wrong: "doubtful", duress: "positive" }[check];
      const person = handling.contacts.find((candidate) => candidate.id === who.value);
      await handling.record(index, {
        outcome: { call: "answered", contactID: who.value, called: [called.called, person?.name].filter(Boolean).join(" — "), codeWord: check, verification },
      });
    },
  });
}

/** A verification's conclusion; a video one records which of the alarm's images were on screen. */
function recordVerification(handling, verification) {
  const video = handling.alarm.steps[handling.focus]?.step.kind === "videoCheck";
  return handling.record(handling.focus, { outcome: { verification }, mediaSeen: video ? handling.mediaShown() : undefined });
}

function markDone(record, handling) {
  // A wait-for-restore step is offered as done only once no zone is left in alarm (else: park).
  const note = record.step.kind === "waitForRestore" ? t("step.restoredNote") : t("step.doneNote");
  return handling.record(handling.focus, { outcome: { note } });
}

/**
 * Awaiting restore with someone on site (*mesure conservatoire*): who stays, why, and when the alarm comes back
 * by itself; it also comes back when the restore arrives or the guard leaves. The alarm leaves the operator's hands.
 */
async function park(handling) {
  const guardOnSite = handling.entries.some((entry) => entry.kind === "alarm.dispatch" && JSON.parse(entry.details).milestone === "onSite");
  const [whoLabel, who] = field(t("park.onSite"), { id: "park-on-site", autofocus: true, required: true, maxlength: 200, value: guardOnSite ? t("park.guard") : "" });
  const [noteLabel, note] = field(t("park.note"), { id: "park-note", maxlength: 500, rows: 2 }, "textarea");
  const [reminderLabel, reminder] = field(t("park.reminder"), { id: "park-reminder", type: "number", min: 1, max: 1440, value: 60, required: true });
  await ask({
    id: "park-dialog", title: t("park.title"), fields: [whoLabel, who, noteLabel, note, reminderLabel, reminder], submitLabel: "park.submit",
    submit: async () => {
      const body = { onSite: who.value.trim(), note: note.value.trim() || undefined, reminderMinutes: Number(reminder.value) };
      await handling.apply(await api("POST", `/api/v1/alarms/${handling.alarm.id}/park`, body));
      location.hash = "#/queue";
    },
  });
}

async function skip(handling) {
  const index = handling.focus;
  const [label, reason] = field(t("step.skipReason"), { id: "skip-reason", autofocus: true, required: true, maxlength: 500 }, "textarea");
  await ask({
    id: "skip-dialog", title: t("step.skipTitle", { step: t(`step.${handling.alarm.steps[index].step.kind}`) }), fields: [label, reason],
    submitLabel: "step.skip", submit: () => handling.record(index, { skippedReason: reason.value.trim() }),
  });
}
