// The live alarm queue. It stays fluid with thousands of open alarms: only the rows in view exist in the
// DOM (fixed-height rows in a scrolled window), each keyed by alarm id and redrawn only when it changed,
// and the ticking ages are updated in place once a second.
import { onAlarmsChange, openAlarms, site } from "../alarms.js";
import { api } from "../api.js";
import { announce, fill, h, kbd } from "../dom.js";
import { age, time } from "../format.js";
import { locale, t } from "../i18n.js";
import { screenKeys, searchKey } from "../keys.js";
import { categoryLabel, priorityBadge, stateLabel } from "../priority.js";
import { categoryNames } from "../category-names.js";
import { categoryOptions, currentSince, followsTop, rows as queueRows } from "./queue-model.js";
import { canBulkClose, closeInBulk } from "./bulk.js";
import { showError } from "../notice.js";
import { alarmTitle } from "../wording.js";

const rowHeight = 52;
const overscan = 6;
const filters = { text: "", category: "", state: "", grouped: true };
let selectedKey = null;
/** Alarms a supervisor marked for a closure in bulk. */
const marked = new Set();

export function mount(container, { me }) {
  const scroller = h("div", { class: "queue-scroll", id: "queue", role: "listbox", tabindex: "0", "aria-label": t("queue.title") });
  const spacer = h("div", { class: "queue-spacer" });
  scroller.append(spacer);
  const count = h("p", { class: "queue-count", "aria-live": "polite" });
  const drawn = new Map();
  let current = [];
  /** The alarm at the top when the queue last drew, and when the operator last moved the selection himself. */
  let shownTop = null;
  let movedAt = -Infinity;
  /** What the category filter offers now, so that it is redrawn only when a count or a category changed. */
  let shownCategories = "";

  const search = h("input", {
    type: "search", id: "queue-filter", placeholder: t("queue.filterPlaceholder"), "aria-label": t("queue.search"), value: filters.text,
    oninput: () => { filters.text = search.value; refilter(); },
    onkeydown: (event) => { if (event.key === "Escape" || event.key === "Enter") scroller.focus(); },
  });
  const category = select("queue-category", t("queue.category"), [], filters.category, (value) => { filters.category = value; refilter(); });
  const state = select("queue-state", t("queue.state"),
    ["", "new", "mine", "taken", "escalated", "awaitingRestore"].map((value) => [value, t(`queue.show.${value || "all"}`)]), filters.state,
    (value) => { filters.state = value; refilter(); });
  const grouped = h("input", { type: "checkbox", id: "queue-grouped", checked: filters.grouped, onchange: () => { filters.grouped = grouped.checked; refilter(); } });

  fill(container,
    h("section", { class: "queue-view", "aria-labelledby": "queue-title" },
      h("div", { class: "queue-head" },
        h("h1", { id: "queue-title" }, t("queue.title")), count,
        h("div", { class: "filters" }, search, category, state,
          h("label", { class: "check" }, grouped, " ", t("queue.grouped"), " ", kbd("g")))),
      h("div", { class: "queue-columns", "aria-hidden": "true" },
        h("span", {}, t("queue.col.priority")), h("span", {}, t("queue.col.alarm")), h("span", {}, t("queue.col.site")),
        h("span", {}, t("queue.col.state")), h("span", {}, t("queue.col.age"))),
      scroller));

  function siteName(id) {
    return id ? site(id)?.name ?? "…" : t("queue.station");
  }

  function groupName(row) {
    return row.receiver ? t("queue.unknownAccounts", { receiver: row.receiver }) : siteName(row.siteID);
  }

  /**
   * Redraws after the open alarms changed. The selection follows a new worst alarm (`followsTop`); `follow: false`
   * when the operator changed the filters, which moves the top row but brings no new alarm.
   */
  function refresh({ follow = true } = {}) {
    showCategories();
    current = queueRows(openAlarms().values(), filters, { me: me.user, siteName, categoryNames });
    const alarmsShown = current.filter((row) => row.type === "alarm");
    const top = alarmsShown[0]?.key ?? null;
    if (follow && followsTop(shownTop, top, movedAt, Date.now())) {
      selectedKey = top;
      announce(alarmTitle(openAlarms().get(top)));
    }
    shownTop = top;
    count.textContent = t("queue.count", { shown: alarmsShown.length, total: openAlarms().size });
    count.dataset.total = String(openAlarms().size);
    for (const id of marked) if (!openAlarms().has(id)) marked.delete(id);
    if (marked.size) count.textContent += ` — ${t("queue.marked", { count: marked.size })}`;
    if (!current.some((row) => row.key === selectedKey)) selectedKey = alarmsShown[0]?.key ?? null;
    spacer.style.height = `${current.length * rowHeight}px`;
    draw();
  }

  /** Redraws after the operator changed the filters, or on opening: the top row then shown brings no new alarm. */
  function refilter() {
    refresh({ follow: false });
  }

  /** The category filter's choices with their counts; the choice is kept (`categoryOptions` keeps offering it). */
  function showCategories() {
    const options = [
      { value: "", text: t("queue.allCategories") },
      ...categoryOptions(openAlarms().values(), filters.category, categoryLabel, locale())
        .map(({ value, label, count }) => ({ value, text: t("queue.categoryCount", { category: label, count }) })),
    ];
    const signature = options.map(({ value, text }) => `${value}=${text}`).join("|");
    if (signature === shownCategories) return;
    shownCategories = signature;
    fill(category, options.map(({ value, text }) => h("option", { value }, text)));
    category.value = filters.category;
  }

  function draw() {
    const first = Math.max(0, Math.floor(scroller.scrollTop / rowHeight) - overscan);
    const last = Math.min(current.length, Math.ceil((scroller.scrollTop + scroller.clientHeight) / rowHeight) + overscan);
    const wanted = new Set();
    for (let index = first; index < last; index += 1) {
      const row = current[index];
      wanted.add(row.key);
      const signature = row.type === "group" ? `${row.count}|${groupName(row)}|${row.worst.priority}`
        : JSON.stringify(row.alarm.lifecycle) + row.alarm.priority + row.alarm.eventCount + siteName(row.alarm.siteID) + marked.has(row.key);
      let entry = drawn.get(row.key);
      if (!entry || entry.signature !== signature) {
        const element = row.type === "group" ? groupRow(row, groupName(row)) : alarmRow(row.alarm, siteName, me.user, marked.has(row.key));
        if (entry) entry.element.replaceWith(element);
        else spacer.append(element);
        entry = { element, signature };
        drawn.set(row.key, entry);
      }
      entry.element.style.transform = `translateY(${index * rowHeight}px)`;
      entry.element.setAttribute("aria-selected", String(row.key === selectedKey));
    }
    for (const [key, entry] of drawn) {
      if (!wanted.has(key)) {
        entry.element.remove();
        drawn.delete(key);
      }
    }
    if (selectedKey && drawn.has(selectedKey)) scroller.setAttribute("aria-activedescendant", `row-${selectedKey}`);
    else scroller.removeAttribute("aria-activedescendant");
  }

  function tick() {
    const now = Date.now();
    for (const element of spacer.querySelectorAll("[data-since]")) element.textContent = age(element.dataset.since, now);
  }

  function move(step) {
    const alarms = current.map((row, index) => ({ row, index })).filter(({ row }) => row.type === "alarm");
    if (alarms.length === 0) return;
    const at = Math.max(0, alarms.findIndex(({ row }) => row.key === selectedKey));
    const next = alarms[Math.min(alarms.length - 1, Math.max(0, at + step))];
    selectedKey = next.row.key;
    movedAt = Date.now();
    const top = next.index * rowHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + rowHeight > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + rowHeight - scroller.clientHeight;
    draw();
    announce(alarmTitle(openAlarms().get(selectedKey)));
  }

  function toggleMark(alarm) {
    if (!alarm || !canBulkClose(me, alarm)) return;
    if (marked.has(alarm.id)) marked.delete(alarm.id);
    else marked.add(alarm.id);
    refresh();
  }

  function markAllShown() {
    for (const row of current) if (row.type === "alarm" && canBulkClose(me, row.alarm)) marked.add(row.key);
    refresh();
  }

  async function bulkClose() {
    const alarms = [...marked].map((id) => openAlarms().get(id)).filter(Boolean);
    if (alarms.length === 0) return;
    await closeInBulk(alarms);
    marked.clear();
    refresh();
    scroller.focus();
  }

  async function takeSelected(take) {
    const alarm = openAlarms().get(selectedKey);
    if (!alarm) return;
    if (take && alarm.lifecycle.holder?.userID !== me.user.id) {
      try {
        await api("POST", `/api/v1/alarms/${alarm.id}/take`);
      } catch (error) {
        showError(error);
        return;
      }
    }
    location.hash = `#/alarm/${alarm.id}`;
  }

  scroller.addEventListener("scroll", () => requestAnimationFrame(draw));
  scroller.addEventListener("click", (event) => {
    const row = event.target.closest("[data-key]");
    if (!row || row.dataset.type !== "alarm") return;
    selectedKey = row.dataset.key;
    movedAt = Date.now();
    draw();
  });
  scroller.addEventListener("dblclick", () => takeSelected(true));
  screenKeys([
    { key: "j", label: "keys.next", run: () => move(1) },
    { key: "ArrowDown", label: "keys.next", run: () => move(1) },
    { key: "k", label: "keys.previous", run: () => move(-1) },
    { key: "ArrowUp", label: "keys.previous", run: () => move(-1) },
    { key: "PageDown", label: "keys.pageDown", run: () => move(10) },
    { key: "PageUp", label: "keys.pageUp", run: () => move(-10) },
    { key: "Enter", label: "keys.take", run: () => takeSelected(true) },
    { key: "o", label: "keys.view", run: () => takeSelected(false) },
    searchKey(() => search),
    { key: "g", label: "keys.group", run: () => { grouped.checked = !grouped.checked; filters.grouped = grouped.checked; refilter(); } },
    ...(["supervisor", "admin"].includes(me.user.role) ? [
      { key: "x", label: "keys.mark", run: () => toggleMark(openAlarms().get(selectedKey)) },
      { key: "*", label: "keys.markAll", run: markAllShown },
      { key: "K", label: "keys.bulkClose", run: bulkClose },
    ] : []),
  ]);
  const unsubscribe = onAlarmsChange(() => refresh());
  const clock = setInterval(tick, 1000);
  refilter();
  scroller.focus();
  return () => {
    unsubscribe();
    clearInterval(clock);
  };
}

function select(id, label, options, value, onChange) {
  const element = h("select", { id, "aria-label": label, onchange: () => onChange(element.value) },
    options.map(([optionValue, text]) => h("option", { value: optionValue, selected: optionValue === value }, text)));
  return element;
}

function groupRow(row, name) {
  return h("div", { class: "qrow qgroup", "data-key": row.key, "data-type": "group", role: "presentation" },
    h("span", { class: "group-name" }, name),
    h("span", { class: "muted" }, t("queue.groupCount", { count: row.count })));
}

/** Who is on site while the alarm waits for its restore, or why it came back (the restore, the guard, the reminder). */
function parkingNote(alarm) {
  const parking = alarm.parking;
  if (!parking) return null;
  if (!parking.end) return h("small", { class: "parking" }, t("queue.parkedOnSite", { who: parking.onSite, at: time(remindAt(parking)) }));
  return h("small", { class: "tag tag-returned" }, t(`queue.returned.${parking.end}`));
}

function remindAt(parking) {
  return new Date(Date.parse(parking.since) + parking.reminderMinutes * 60000).toISOString();
}

function alarmRow(alarm, siteName, me, isMarked) {
  const { state, holder, escalatedAt } = alarm.lifecycle;
  const escalated = state === "new" && escalatedAt;
  const mine = holder?.userID === me.id;
  const label = `${alarmTitle(alarm)}, ${siteName(alarm.siteID)}, ${t("priority.title", { priority: alarm.priority })}, ${stateLabel(state)}`
    + `${alarm.takenOverAt ? `, ${t("queue.aggravated")}` : ""}${isMarked ? `, ${t("queue.isMarked")}` : ""}`;
  return h("div", {
    class: `qrow qalarm state-${state}${escalated ? " escalated" : ""}${mine ? " mine" : ""}${alarm.confirmed ? " confirmed" : ""}${isMarked ? " marked" : ""}`,
    id: `row-${alarm.id}`, role: "option", "data-key": alarm.id, "data-type": "alarm", "aria-label": label,
  },
  priorityBadge(alarm.priority),
  // The title gives way to its tags: a long title ends in "…" (whole in its tooltip), "confirmée" always shows.
  h("span", { class: "qtitle" }, isMarked ? h("span", { class: "mark", "aria-hidden": "true" }, "☑ ") : null,
    h("span", { class: "qtitle-text", title: alarmTitle(alarm) }, alarmTitle(alarm)), alarm.confirmed ? h("span", { class: "tag" }, t("queue.confirmed")) : null,
    alarm.eventCount > 1 ? h("span", { class: "tag" }, t("queue.events", { count: alarm.eventCount })) : null,
    alarm.takenOverAt ? h("span", { class: "tag tag-aggravated", title: time(alarm.takenOverAt) }, "⬆ ", t("queue.aggravated")) : null),
  h("span", { class: "qsite" }, siteName(alarm.siteID), h("small", {}, categoryLabel(alarm.category))),
  h("span", { class: "qstate" }, escalated ? h("span", { class: "tag tag-escalated" }, "⇪ ", t("queue.escalated")) : stateLabel(state),
    holder ? h("small", { class: "holder" }, t("queue.heldBy", { name: holder.name })) : null,
    parkingNote(alarm)),
  h("span", { class: "age", "data-since": currentSince(alarm) }, age(currentSince(alarm))));
}
