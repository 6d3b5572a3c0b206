// The alarm handling screen: what happened, where, who to call, what the procedure says, what was done.
// Every action goes to the server, which writes it to the logbook; the screen redraws from the answer and
// from the live feed (another operator's or the engine's changes to this alarm).
import { update as updateQueue } from "../../alarms.js";
import { api } from "../../api.js";
import { fill, h, kbd } from "../../dom.js";
import { age, dateTime } from "../../format.js";
import { t } from "../../i18n.js";
import { screenKeys } from "../../keys.js";
import * as live from "../../live.js";
import { showError } from "../../notice.js";
import { categoryLabel, priorityBadge, stateLabel } from "../../priority.js";
import { currentSince } from "../queue-model.js";
import { alarmTitle } from "../../wording.js";
import { openClosure, openTransfer, release } from "./closure.js";
import { openDispatch, renderDispatch, serviceKeys, tickLateness, verifications } from "./dispatch.js";
import { renderBanner, renderContacts, renderHistory, renderSiteCard, renderTimeline, renderZones } from "./site-card.js";
import { mediaGallery } from "./media-card.js";
import { liveView, renderCameras } from "./camera-card.js";
import { isOpen, nextCallee, renderSteps, stepKey } from "./steps.js";

export async function mount(container, { me, params }) {
  const id = params[0];
  const context = await api("GET", `/api/v1/alarms/${id}/context`);
  const handling = {
    me, alarm: context.alarm, site: context.site, contacts: context.contacts, entries: [], focus: 0,
    timeZone: context.site?.timeZone,
    get mine() { return this.alarm.lifecycle.holder?.userID === me.user.id && this.alarm.lifecycle.state !== "closed"; },
    setFocus(index, redraw = true) {
      this.focus = index;
      if (redraw) draw();
    },
    async apply(alarm) {
      this.alarm = alarm;
      updateQueue(alarm);
      await loadEntries();
      draw();
    },
    async record(index, body) {
      try {
        await this.apply(await api("POST", `/api/v1/alarms/${id}/steps/${index}`, body));
        this.focus = firstOpenStep();
        draw();
      } catch (error) {
        showError(error);
        throw error;
      }
    },
    openDispatch: (service) => guarded(() => openDispatch(handling, service)),
    mediaShown: () => gallery.shown(),
  };

  const gallery = mediaGallery(id);
  const liveCamera = liveView(id, () => draw());
  const loadMedia = () => gallery.load(draw).catch(showError);

  async function loadEntries() {
    handling.entries = (await api("GET", `/api/v1/logbook?alarmID=${id}&limit=1000`)).items;
  }

  function firstOpenStep() {
    const steps = handling.alarm.steps;
    const required = steps.findIndex((record) => isOpen(record) && record.step.required);
    const any = steps.findIndex(isOpen);
    return required >= 0 ? required : any >= 0 ? any : 0;
  }

  async function guarded(action) {
    try {
      await action();
    } catch (error) {
      showError(error);
    }
  }

  async function take() {
    await guarded(async () => handling.apply(await api("POST", `/api/v1/alarms/${id}/take`)));
  }

  function draw() {
    const { alarm } = handling;
    const { state, holder } = alarm.lifecycle;
    const focusInside = container.contains(document.activeElement) || document.activeElement === document.body;
    const currentCall = alarm.steps[handling.focus] && nextCallee(alarm.steps[handling.focus], handling.contacts, handling.site);
    fill(container,
      h("article", { class: "alarm-view", "aria-labelledby": "alarm-title", "data-state": state },
        h("header", { class: "alarm-head" },
          priorityBadge(alarm.priority),
          h("h1", { id: "alarm-title" }, alarmTitle(alarm)),
          h("span", { class: "tag" }, categoryLabel(alarm.category)),
          alarm.confirmed ? h("span", { class: "tag" }, t("queue.confirmed")) : null,
          h("span", { class: "alarm-state", id: "alarm-state" }, stateLabel(state), holder ? ` — ${holder.name}` : ""),
          h("span", { class: "verification", id: "alarm-verification" }, verifications(alarm, handling.entries)
            .map(({ result, method }) => t("verification.summary", { result: t(`verification.${result}`), method: t(`verification.by.${method}`) })).join(" · ")),
          h("span", { class: "muted" }, t("alarm.received", { date: dateTime(alarm.createdAt, handling.timeZone) }), " · ",
            alarm.takenOverAt ? [h("span", { id: "alarm-aggravated" }, t("alarm.aggravatedAt", { date: dateTime(alarm.takenOverAt, handling.timeZone) })), " · "] : null,
            h("span", { "data-since": currentSince(alarm) }, age(currentSince(alarm)))),
          h("div", { class: "alarm-actions" },
            handling.mine ? [
              h("button", { type: "button", class: "primary", id: "close-alarm", onclick: () => guarded(() => openClosure(handling)) }, kbd("k"), " ", t("alarm.close")),
              h("button", { type: "button", onclick: () => guarded(() => release(handling)) }, kbd("l"), " ", t("alarm.release")),
              h("button", { type: "button", onclick: () => guarded(() => openTransfer(handling)) }, kbd("t"), " ", t("alarm.transfer")),
            ] : state !== "closed" ? h("button", { type: "button", class: "primary", id: "take-alarm", onclick: take }, kbd("Enter"), " ", t("alarm.take")) : null,
            h("a", { href: `#/logbook/alarm/${id}`, class: "button ghost", id: "alarm-logbook" }, t("alarm.logbook")),
            h("a", { href: "#/queue", class: "button ghost" }, kbd("Escape"), " ", t("alarm.back")))),
        renderBanner(context.activeInstructions, handling.timeZone, context.devices),
        h("div", { class: "alarm-grid" },
          h("div", { class: "column" },
            h("section", { class: "card", "aria-labelledby": "procedure-title" },
              h("h2", { id: "procedure-title" }, t("alarm.procedure"), alarm.steps[0] ? h("small", { class: "muted" }, ` — ${alarm.steps[0].procedureTitle}`) : null),
              alarm.steps.length ? renderSteps(handling) : h("p", { class: "muted" }, t("alarm.noProcedure"))),
            h("section", { class: "card" }, renderDispatch(handling)),
            renderTimeline(handling.entries, handling.timeZone)),
          h("div", { class: "column" },
            gallery.render(handling.timeZone),
            renderCameras(context.devices, context.activeInstructions, {
              siteID: handling.site?.id, timeZone: handling.timeZone, liveUntil: context.liveUntil, live: liveCamera,
              onMuted: (instruction) => {
                context.activeInstructions.push(instruction);
                draw();
              },
            }),
            renderSiteCard(handling.site),
            renderContacts(handling.contacts, currentCall),
            renderZones(context.zones, alarm, context.activeInstructions),
            renderHistory(context.recentAlarms, handling.timeZone)))));
    if (focusInside && !document.querySelector("dialog[open]")) container.querySelector(`#step-${handling.focus}`)?.focus({ preventScroll: false });
  }

  function moveFocus(step) {
    const count = handling.alarm.steps.length;
    if (count) handling.setFocus(Math.min(count - 1, Math.max(0, handling.focus + step)));
  }

  // Keys act one after the other: `r` then `k` typed quickly closes after the restore is recorded, not before.
  let pending = Promise.resolve();
  function serial(action) {
    pending = pending.then(action).catch(() => {});
    return pending;
  }

  function whenMine(action) {
    return () => serial(() => (handling.mine ? guarded(action) : null));
  }

  const stepKeys = ["a", "n", "b", "w", "v", "1", "2", "3", "s", "d"].map((key) => ({ key, label: `keys.step.${key}`, run: () => serial(() => stepKey(key, handling)) }));
  screenKeys([
    { key: "Enter", label: "keys.stepEnter", run: () => serial(() => (handling.mine ? stepKey("Enter", handling) : take())) },
    ...stepKeys,
    { key: "ArrowDown", label: "keys.nextStep", run: () => moveFocus(1) },
    { key: "ArrowUp", label: "keys.previousStep", run: () => moveFocus(-1) },
    { key: "r", label: "keys.restore", run: whenMine(() => {
      const index = handling.alarm.steps.findIndex((record) => isOpen(record) && record.step.kind === "waitForRestore");
      if (index < 0) return null;
      handling.focus = index;
      return stepKey("d", handling);
    }) },
    ...Object.entries(serviceKeys).map(([key, service]) => ({ key, label: `keys.dispatch.${service}`, run: whenMine(() => openDispatch(handling, service)) })),
    { key: "k", label: "keys.close", run: whenMine(() => openClosure(handling)) },
    { key: "l", label: "keys.release", run: whenMine(() => release(handling)) },
    { key: "t", label: "keys.transfer", run: whenMine(() => openTransfer(handling)) },
  ]);

  const stopListening = live.on("entry", onEntry);
  function onEntry(event) {
    if (event.entry.alarmID !== id) return;
    if (event.alarm) handling.alarm = event.alarm;
    if (!handling.entries.some((entry) => entry.sequence === event.entry.sequence)) handling.entries.unshift(event.entry);
    if (event.entry.kind === "media.attached") loadMedia();
    draw();
  }
  const clock = setInterval(() => {
    const now = Date.now();
    for (const element of container.querySelectorAll("[data-since]")) element.textContent = age(element.dataset.since, now);
    tickLateness(container, now);
  }, 1000);

  await loadEntries();
  handling.focus = firstOpenStep();
  draw();
  loadMedia();
  container.querySelector(`#step-${handling.focus}`)?.focus() ?? container.focus();
  return () => {
    stopListening();
    clearInterval(clock);
    gallery.close();
    if (liveCamera.watched) liveCamera.stop();
  };
}
