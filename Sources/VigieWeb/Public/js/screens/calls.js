// Inbound calls (réception d'appel): find the caller's site, record the call, and act on what they ask —
// a temporary instruction (works, holidays, a zone to ignore) or the site on test for a period.
import { onAlarmsChange, openAlarms } from "../alarms.js";
import { api } from "../api.js";
import { fill, h, kbd } from "../dom.js";
import { addressLine, age, dateTime, fromStationInput, phoneText, stationInputValue, stationTimeLabel, telURI } from "../format.js";
import { t } from "../i18n.js";
import { screenKeys, searchKey } from "../keys.js";
import { showError, showInfo } from "../notice.js";
import { priorityBadge, stateLabel } from "../priority.js";
import { ask, field } from "../prompt.js";
import { alarmTitle } from "../wording.js";
import { currentSince } from "./queue-model.js";
import { findSites } from "./site-search.js";

export function mount(container) {
  let results = [];
  let chosen = null;
  const search = h("input", { type: "search", id: "call-search", autocomplete: "off", "aria-describedby": "call-search-hint" });
  const list = h("ul", { class: "results", id: "call-results", "aria-live": "polite" });
  const detail = h("div", { id: "call-site" });
  // The caller's site's open alarms, kept current by the live feed: a caller often calls about one of them.
  const siteAlarms = h("div", { id: "call-alarms", "aria-live": "polite" });
  let pending;
  search.addEventListener("input", () => {
    clearTimeout(pending);
    pending = setTimeout(runSearch, 200);
  });
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && results[0]) choose(results[0]);
    if (event.key === "ArrowDown") list.querySelector("button")?.focus();
  });

  async function runSearch() {
    try {
      results = await findSites(search.value);
    } catch (error) {
      showError(error);
      return;
    }
    fill(list, results.map((site) => h("li", {}, h("button", { type: "button", class: "result", onclick: () => choose(site) },
      h("strong", {}, site.name), " ", h("span", { class: "muted" }, addressLine(site.address))))));
  }

  async function choose(site) {
    const [contacts, instructions] = await Promise.all([
      api("GET", `/api/v1/contacts?siteID=${site.id}&limit=100`), api("GET", `/api/v1/temporary-instructions?siteID=${site.id}&limit=100`)]);
    chosen = { site, contacts: contacts.items.sort((a, b) => a.callOrder - b.callOrder), instructions: instructions.items };
    draw();
    detail.querySelector("h2")?.focus();
  }

  function draw() {
    if (!chosen) return fill(detail);
    const { site, contacts, instructions } = chosen;
    const now = Date.now();
    const active = instructions.filter((instruction) => Date.parse(instruction.validFrom) <= now && now < Date.parse(instruction.validUntil));
    fill(detail, h("section", { class: "card", "aria-labelledby": "call-site-name" },
      h("h2", { id: "call-site-name", tabindex: "-1" }, site.name),
      h("p", {}, addressLine(site.address), site.phone ? [" · ", h("a", { href: telURI(site.phone) }, phoneText(site.phone))] : null,
        " · ", h("span", { id: "call-site-mode", "data-mode": site.mode.state },
          t(`mode.${site.mode.state}`), site.mode.until ? ` ${dateTime(site.mode.until, site.timeZone)}` : "")),
      siteAlarms,
      h("div", { class: "actions" },
        h("button", { type: "button", id: "record-call", onclick: () => recordCall(site) }, kbd("r"), " ", t("calls.record")),
        h("button", { type: "button", id: "new-instruction", onclick: () => newInstruction(site) }, kbd("i"), " ", t("calls.instruction")),
        h("button", { type: "button", id: "site-test", onclick: () => putOnTest(site) }, kbd("T"), " ", t("calls.test")),
        h("button", { type: "button", id: "check-word", onclick: () => checkWord(contacts) }, kbd("w"), " ", t("calls.checkWord"))),
      h("h3", {}, t("alarm.instructions")),
      active.length ? h("ul", {}, active.map((instruction) => h("li", {}, instruction.text, h("small", { class: "muted" }, ` — ${t("alarm.until", { date: dateTime(instruction.validUntil, site.timeZone) })}`))))
        : h("p", { class: "muted" }, t("calls.noInstruction")),
      h("h3", {}, t("alarm.contacts")),
      h("ol", {}, contacts.map((contact) => h("li", {}, contact.name, contact.role ? ` — ${contact.role}` : "", " ",
        contact.phones.flatMap((phone, index) => [index ? " · " : null, h("a", { href: telURI(phone.number), class: "phone" }, phoneText(phone.number))]))))));
    drawAlarms();
  }

  function drawAlarms() {
    if (!chosen) return;
    const alarms = [...openAlarms().values()].filter((alarm) => alarm.siteID === chosen.site.id).sort((a, b) => b.priority - a.priority);
    fill(siteAlarms, h("h3", {}, t("calls.openAlarms")),
      alarms.length ? h("ul", { class: "site-alarms" }, alarms.map((alarm) => h("li", {},
        h("a", { href: `#/alarm/${alarm.id}`, "data-alarm": alarm.id }, priorityBadge(alarm.priority), " ", h("strong", {}, alarmTitle(alarm))), " ",
        h("span", { class: "muted" }, h("span", { "data-since": currentSince(alarm) }, age(currentSince(alarm))), " · ", stateLabel(alarm.lifecycle.state)))))
        : h("p", { class: "muted" }, t("calls.noOpenAlarm")));
  }

  async function recordCall(site) {
    const [callerLabel, caller] = field(t("calls.caller"), { id: "call-caller", autofocus: true, maxlength: 120 });
    const [textLabel, text] = field(t("calls.subject"), { id: "call-text", required: true, maxlength: 3000, rows: 3 }, "textarea");
    await ask({
      id: "call-dialog", title: t("calls.record"), fields: [callerLabel, caller, textLabel, text],
      submit: async () => {
        const summary = caller.value.trim() ? `${caller.value.trim()} : ${text.value.trim()}` : text.value.trim();
        await api("POST", "/api/v1/logbook", { kind: "manual.call", text: summary, siteID: site.id });
        showInfo(t("calls.recorded"));
      },
    });
  }

  async function newInstruction(site) {
    const now = new Date();
    const [textLabel, text] = field(t("instruction.text"), { id: "instruction-text", required: true, autofocus: true, maxlength: 2000, rows: 3 }, "textarea");
    const [fromLabel, from] = field(stationTimeLabel(t("instruction.from")), { id: "instruction-from", type: "datetime-local", required: true, value: stationInputValue(now) });
    const [untilLabel, until] = field(stationTimeLabel(t("instruction.until")), { id: "instruction-until", type: "datetime-local", required: true, value: stationInputValue(new Date(now.getTime() + 86400000)) });
    const [zonesLabel, zones] = field(t("instruction.zones"), { id: "instruction-zones", inputmode: "numeric", pattern: "[0-9 ,]*", placeholder: "12, 14" });
    const [byLabel, by] = field(t("instruction.requestedBy"), { id: "instruction-by", maxlength: 120 });
    await ask({
      id: "instruction-dialog", title: t("calls.instruction"), fields: [textLabel, text, fromLabel, from, untilLabel, until, zonesLabel, zones, byLabel, by],
      submit: async () => {
        const suppressedZones = zones.value.split(/[ ,;]+/).filter(Boolean).map(Number);
        const created = await api("POST", "/api/v1/temporary-instructions", {
          siteID: site.id, text: text.value.trim(), validFrom: fromStationInput(from.value), validUntil: fromStationInput(until.value),
          suppressedZones, requestedBy: by.value.trim() || undefined,
        });
        chosen.instructions.push(created);
        draw();
        showInfo(t("calls.instructionSaved"));
      },
    });
  }

  async function putOnTest(site) {
    const [label, minutes] = field(t("calls.testMinutes"), { id: "test-minutes", type: "number", min: 1, max: 1440, value: 60, required: true, autofocus: true });
    await ask({
      id: "test-dialog", title: t("calls.test"), fields: [label, minutes],
      submit: async () => {
        chosen.site = await api("POST", `/api/v1/sites/${site.id}/mode`, { state: "test", minutes: Number(minutes.value) });
        draw();
        showInfo(t("calls.testSaved", { minutes: minutes.value }));
      },
    });
  }

  async function checkWord(contacts) {
    const [whoLabel, who] = field(t("codeWord.who"), { id: "call-word-contact" }, "select");
    for (const contact of contacts) who.append(h("option", { value: contact.id }, `${contact.callOrder}. ${contact.name}`));
    const [wordLabel, word] = field(t("codeWord.given"), { id: "call-word", autocomplete: "off", required: true, autofocus: true });
    await ask({
      id: "call-word-dialog", title: t("codeWord.title"), fields: [whoLabel, who, wordLabel, word], submitLabel: "codeWord.check",
      submit: async () => {
        const { result } = await api("POST", `/api/v1/contacts/${who.value}/check-word`, { word: word.value });
        showInfo(t("codeWord.result", { result: t(`codeWord.${result}`) }));
      },
    });
  }

  fill(container, h("section", { class: "calls-view", "aria-labelledby": "calls-title" },
    h("h1", { id: "calls-title" }, t("calls.title")),
    h("label", { for: "call-search" }, t("calls.search")), search,
    h("p", { id: "call-search-hint", class: "muted" }, t("calls.searchHint")),
    h("div", { class: "calls-grid" }, list, detail)));
  const onSite = (action) => () => chosen && action();
  screenKeys([
    searchKey(() => search),
    { key: "r", label: "keys.calls.record", run: onSite(() => recordCall(chosen.site)) },
    { key: "i", label: "keys.calls.instruction", run: onSite(() => newInstruction(chosen.site)) },
    { key: "T", label: "keys.calls.test", run: onSite(() => putOnTest(chosen.site)) },
    { key: "w", label: "keys.calls.word", run: onSite(() => checkWord(chosen.contacts)) },
  ]);
  search.focus();
  const stopWatching = onAlarmsChange(drawAlarms);
  const clock = setInterval(() => {
    for (const element of siteAlarms.querySelectorAll("[data-since]")) element.textContent = age(element.dataset.since);
  }, 1000);
  return () => {
    stopWatching();
    clearInterval(clock);
  };
}
