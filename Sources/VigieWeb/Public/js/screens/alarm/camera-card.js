// The site's cameras beside the alarm: which zones each looks at, which are muted and until when, the mute an
// operator puts on a camera that fires without cause (a tree in the wind), and the live view. A mute is a temporary
// instruction of the site naming the camera: it ends by itself, says who asked for it and why, and is written in the
// logbook. The live view is relayed by the server (the camera's address never reaches the browser), only while the
// alarm's window is open; its picture element is kept across redraws so that a redraw never opens a second stream.
import { api } from "../../api.js";
import { h } from "../../dom.js";
import { dateTime } from "../../format.js";
import { t } from "../../i18n.js";
import { showInfo } from "../../notice.js";
import { ask, field } from "../../prompt.js";

/** Minutes an operator may mute a camera for, shortest first. */
export const muteDurations = [15, 30, 60, 240, 480];

/** The instruction in force that mutes `device`, if any (the one that ends last). */
export function muteOf(device, instructions) {
  return instructions.filter((instruction) => (instruction.suppressedDevices ?? []).includes(device.id))
    .sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0] ?? null;
}

/** The names of the cameras an instruction mutes, for the banner. */
export function mutedNames(instruction, devices) {
  return (instruction.suppressedDevices ?? []).map((id) => devices.find((device) => device.id === id)?.name ?? t("alarm.mediaCamera"));
}

/** The live view of one camera at a time for an alarm: `watch(device)` starts it, `stop()` ends it. */
export function liveView(alarmID, onChange) {
  let watched = null;
  return {
    get watched() { return watched; },
    watch(device) {
      watched = {
        device,
        picture: h("img", { src: `/api/v1/alarms/${alarmID}/live/${device.id}`, alt: t("live.alt", { name: device.name }), id: "live-picture" }),
      };
      onChange();
    },
    stop() {
      // Taking the source away closes the request: the server stops its relay.
      watched?.picture.removeAttribute("src");
      watched = null;
      onChange();
    },
  };
}

export function renderCameras(devices, instructions, { siteID, timeZone, onMuted, liveUntil, live }) {
  if (devices.length === 0) return null;
  const open = liveUntil && new Date(liveUntil) > new Date();
  return h("section", { class: "card", "aria-labelledby": "cameras-title" },
    h("h2", { id: "cameras-title" }, t("alarm.cameras"),
      open ? h("small", { class: "muted" }, ` — ${t("live.until", { date: dateTime(liveUntil, timeZone) })}`) : null),
    live.watched && open ? h("figure", { class: "live", id: "live-view" }, live.watched.picture,
      h("figcaption", {}, t("live.caption", { name: live.watched.device.name }), " ",
        h("button", { type: "button", class: "ghost", id: "live-stop", onclick: () => live.stop() }, t("live.stop")))) : null,
    h("ul", { class: "cameras", id: "alarm-cameras" }, devices.map((device) => {
      const mute = muteOf(device, instructions);
      return h("li", { class: mute ? "camera muted" : "camera", "data-device": device.id },
        h("strong", {}, device.name),
        device.zones.length ? h("small", { class: "muted" }, ` — ${t("alarm.cameraZones", { zones: device.zones.join(", ") })}`) : null,
        open && device.live && live.watched?.device.id !== device.id
          ? h("button", { type: "button", class: "ghost watch", onclick: () => live.watch(device) }, "▶ ", t("live.watch")) : null,
        mute ? h("span", { class: "tag" }, "🔇 ", t("alarm.cameraMuted", { date: dateTime(mute.validUntil, timeZone) }))
          : h("button", { type: "button", class: "ghost mute", onclick: () => openMute(device, siteID, onMuted) }, t("alarm.mute")));
    })));
}

async function openMute(device, siteID, onMuted) {
  const [durationLabel, duration] = field(t("mute.duration"), { id: "mute-duration", required: true }, "select");
  for (const minutes of muteDurations) {
    duration.append(h("option", { value: minutes, selected: minutes === 60 }, t("mute.minutes", { minutes })));
  }
  const [reasonLabel, reason] = field(t("mute.reason"), { id: "mute-reason", required: true, autofocus: true, maxlength: 300 });
  await ask({
    id: "mute-dialog", title: t("mute.title", { name: device.name }), fields: [durationLabel, duration, reasonLabel, reason], submitLabel: "alarm.mute",
    submit: async () => {
      const now = Date.now();
      const created = await api("POST", "/api/v1/temporary-instructions", {
        siteID, text: t("mute.text", { name: device.name, reason: reason.value.trim() }), validFrom: new Date(now).toISOString(),
        validUntil: new Date(now + Number(duration.value) * 60000).toISOString(), suppressedZones: [], suppressedDevices: [device.id],
      });
      onMuted(created);
      showInfo(t("mute.saved", { name: device.name }));
    },
  });
}
