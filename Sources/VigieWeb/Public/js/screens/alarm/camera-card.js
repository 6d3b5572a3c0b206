// The site's cameras beside the alarm: which zones each looks at, which are muted and until when, and the mute an
// operator puts on a camera that fires without cause (a tree in the wind). A mute is a temporary instruction of the
// site naming the camera: it ends by itself, says who asked for it and why, and is written in the logbook.
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

export function renderCameras(devices, instructions, { siteID, timeZone, onMuted }) {
  if (devices.length === 0) return null;
  return h("section", { class: "card", "aria-labelledby": "cameras-title" },
    h("h2", { id: "cameras-title" }, t("alarm.cameras")),
    h("ul", { class: "cameras", id: "alarm-cameras" }, devices.map((device) => {
      const mute = muteOf(device, instructions);
      return h("li", { class: mute ? "camera muted" : "camera", "data-device": device.id },
        h("strong", {}, device.name),
        device.zones.length ? h("small", { class: "muted" }, ` — ${t("alarm.cameraZones", { zones: device.zones.join(", ") })}`) : null,
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
