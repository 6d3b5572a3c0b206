// The logbook (main courante): search by words, period, kind and author, newest first, page by page;
// manual entries (note, call, incident); print with the print style sheet.
import { api } from "../api.js";
import { ensureSites, site } from "../alarms.js";
import { fill, h, kbd } from "../dom.js";
import { dateTime, fromStationInput, stationTimeLabel } from "../format.js";
import { t } from "../i18n.js";
import { screenKeys, searchKey } from "../keys.js";
import { describeAuthor, describeEntry, kindLabel } from "../logbook-text.js";
import { showError, showInfo } from "../notice.js";
import { ask, field } from "../prompt.js";

const kindGroups = {
  all: [],
  manual: ["manual.note", "manual.call", "manual.incident"],
  handling: ["alarm.taken", "alarm.step", "alarm.dispatch", "alarm.released", "alarm.transferred", "alarm.closed", "alarm.escalated",
    "alarm.deadManWarning", "alarm.deadManReleased", "callback.codeWordChecked"],
  signals: ["alarm.opened", "alarm.event", "alarm.restore", "signal.logged", "signal.refused"],
  shifts: ["shift.takenOver", "shift.handedOver", "session.login", "session.logout"],
};
const pageSize = 100;

/** `#/logbook` searches everything; `#/logbook/alarm/<id>` starts with one alarm's entries (linked from its screen). */
export function mount(container, { me, params }) {
  let alarmID = params[0] === "alarm" ? params[1] : null;
  const form = h("form", { class: "filters logbook-filters", role: "search", onsubmit: (event) => { event.preventDefault(); search(); } },
    // Each label kept with its field when the filters wrap.
    h("span", { class: "filter" }, field(t("logbook.words"), { id: "logbook-q", type: "search" })),
    h("span", { class: "filter" }, field(stationTimeLabel(t("logbook.from")), { id: "logbook-from", type: "datetime-local" })),
    h("span", { class: "filter" }, field(stationTimeLabel(t("logbook.until")), { id: "logbook-until", type: "datetime-local" })),
    h("span", { class: "filter" }, field(t("logbook.author"), { id: "logbook-author" })),
    h("span", { class: "filter" }, h("label", { for: "logbook-kind" }, t("logbook.kind")),
      h("select", { id: "logbook-kind" }, Object.keys(kindGroups).map((group) => h("option", { value: group }, t(`logbook.group.${group}`))))),
    h("button", { type: "submit", class: "primary" }, t("logbook.search")));
  const body = h("tbody", { id: "logbook-rows" });
  const status = h("p", { class: "muted", "aria-live": "polite" });
  const more = h("button", { type: "button", id: "logbook-more", hidden: true, onclick: () => load(false) }, t("logbook.more"));
  let shown = 0;

  function query() {
    const params = new URLSearchParams();
    const value = (id) => form.querySelector(`#${id}`).value.trim();
    if (value("logbook-q")) params.set("q", value("logbook-q"));
    if (value("logbook-from")) params.set("from", fromStationInput(value("logbook-from")));
    if (value("logbook-until")) params.set("until", fromStationInput(value("logbook-until")));
    if (value("logbook-author")) params.set("author", value("logbook-author"));
    if (alarmID) params.set("alarmID", alarmID);
    const kinds = kindGroups[value("logbook-kind")];
    if (kinds.length) params.set("kind", kinds.join(","));
    return params;
  }

  /** The filter as the printed page states it: "mots « vitre », du 03/12/2026 20:00:00 UTC+1, Saisies manuelles". */
  function filterWords() {
    const params = query();
    const group = form.querySelector("#logbook-kind").value;
    const words = [
      params.has("q") ? t("logbook.filter.words", { words: params.get("q") }) : null,
      params.has("from") ? t("logbook.filter.from", { date: dateTime(params.get("from")) }) : null,
      params.has("until") ? t("logbook.filter.until", { date: dateTime(params.get("until")) }) : null,
      params.has("author") ? t("logbook.filter.author", { author: params.get("author") }) : null,
      group === "all" ? null : t(`logbook.group.${group}`),
      alarmID ? t("logbook.filter.alarm") : null,
    ].filter(Boolean);
    return words.length ? words.join(", ") : t("logbook.group.all");
  }

  async function load(fresh) {
    if (fresh) {
      shown = 0;
      body.replaceChildren();
    }
    const params = query();
    params.set("offset", String(shown));
    params.set("limit", String(pageSize));
    try {
      // The server reads `+` literally: spaces go as %20 (a real `+` is already %2B).
      const page = await api("GET", `/api/v1/logbook?${params.toString().replace(/\+/g, "%20")}`);
      await ensureSites(page.items.map((entry) => entry.siteID));
      body.append(...page.items.map(row));
      shown += page.items.length;
      status.textContent = t("logbook.count", { shown, total: page.total });
      more.hidden = shown >= page.total;
    } catch (error) {
      showError(error);
    }
  }

  function search() {
    load(true);
  }

  async function newEntry() {
    const [kindLabel, kind] = field(t("logbook.kind"), { id: "entry-kind" }, "select");
    for (const value of kindGroups.manual) kind.append(h("option", { value }, t(`kind.${value}`)));
    const [textLabel, text] = field(t("logbook.text"), { id: "entry-text", required: true, autofocus: true, maxlength: 4000, rows: 4 }, "textarea");
    await ask({
      id: "entry-dialog", title: t("logbook.new"), fields: [kindLabel, kind, textLabel, text],
      submit: async () => {
        await api("POST", "/api/v1/logbook", { kind: kind.value, text: text.value.trim() });
        showInfo(t("logbook.written"));
        search();
      },
    });
  }

  // On paper, the logbook says who printed it, when, and with which filter: a printed page is evidence too.
  const printed = h("p", { class: "print-only", id: "logbook-printed" });
  const stampPrint = () => {
    printed.textContent = t("logbook.printed", { date: dateTime(new Date().toISOString()), who: me.user.displayName, filter: filterWords() });
  };
  window.addEventListener("beforeprint", stampPrint);
  fill(container, h("section", { class: "logbook-view", "aria-labelledby": "logbook-title" }, printed,
    h("div", { class: "logbook-head" },
      h("h1", { id: "logbook-title" }, t("logbook.title")),
      h("div", { class: "actions no-print" },
        h("button", { type: "button", id: "logbook-new", onclick: newEntry }, kbd("n"), " ", t("logbook.new")),
        h("button", { type: "button", id: "logbook-print", onclick: () => window.print() }, kbd("p"), " ", t("logbook.print")))),
    h("div", { class: "no-print" }, form),
    alarmID ? h("p", { id: "logbook-alarm" }, t("logbook.alarmOnly"), " ",
      h("button", { type: "button", class: "ghost", onclick: (event) => { alarmID = null; event.target.parentElement.remove(); search(); } }, t("logbook.everything"))) : null,
    status,
    h("table", { class: "list logbook" },
      h("thead", {}, h("tr", {}, ["logbook.at", "logbook.kind", "logbook.author", "logbook.site", "logbook.summary", "logbook.sequence"].map((key) => h("th", { scope: "col" }, t(key))))),
      body),
    more));
  screenKeys([
    searchKey(() => form.querySelector("#logbook-q")),
    { key: "n", label: "keys.logbook.new", run: newEntry },
    { key: "p", label: "keys.logbook.print", run: () => window.print() },
  ]);
  search();
  form.querySelector("#logbook-q").focus();
  // Left, the screen stops stamping prints: another screen's page is not this logbook's.
  return () => window.removeEventListener("beforeprint", stampPrint);
}

function row(entry) {
  return h("tr", { "data-kind": entry.kind, "data-sequence": entry.sequence },
    h("td", { class: "nowrap" }, dateTime(entry.at)),
    h("td", {}, kindLabel(entry.kind)),
    h("td", {}, describeAuthor(entry)),
    h("td", {}, entry.siteID ? site(entry.siteID)?.name ?? "" : ""),
    h("td", { class: "summary" }, describeEntry(entry)),
    h("td", { class: "muted" }, entry.sequence));
}
