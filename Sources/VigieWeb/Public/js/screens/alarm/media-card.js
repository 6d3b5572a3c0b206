// The alarm's images and clips, oldest first, each with its camera and time. Each file is fetched once per visit to
// the screen (the server writes each fetch in the logbook as a view, APSAD I31) and kept as an object URL while the
// screen is open; media that arrive after the alarm (a camera's later e-mails) attach live.
import { api } from "../../api.js";
import { h } from "../../dom.js";
import { dateTime, time } from "../../format.js";
import { t } from "../../i18n.js";

export function mediaGallery(alarmID) {
  let media = [];
  const files = new Map();

  async function fetchFile(medium) {
    if (files.has(medium.id) || medium.purgedAt) return;
    files.set(medium.id, { state: "loading" });
    try {
      const response = await fetch(`/api/v1/media/${medium.id}`, { credentials: "same-origin" });
      files.set(medium.id, response.ok ? { state: "ready", url: URL.createObjectURL(await response.blob()) }
        : { state: response.status === 410 ? "purged" : "failed" });
    } catch {
      files.set(medium.id, { state: "failed" });
    }
  }

  return {
    /** Reads the list, then the files not fetched yet; `onReady` redraws when they are in. */
    async load(onReady) {
      media = await api("GET", `/api/v1/alarms/${alarmID}/media`);
      const missing = media.filter((medium) => !files.has(medium.id) && !medium.purgedAt);
      await Promise.all(missing.map(fetchFile));
      if (missing.length) onReady();
    },
    render(timeZone) {
      if (media.length === 0) return null;
      return h("section", { class: "card media-card", "aria-labelledby": "media-title" },
        h("h2", { id: "media-title" }, t("alarm.media"), h("small", { class: "muted" }, ` — ${t("alarm.mediaCount", { count: media.length })}`)),
        h("div", { class: "media-strip", id: "alarm-media" }, media.map((medium) => figure(medium, files.get(medium.id), timeZone))));
    },
    /** The ids of the media on screen now: what a video verification is concluded from. */
    shown() {
      return media.filter((medium) => files.get(medium.id)?.state === "ready").map((medium) => medium.id);
    },
    close() {
      for (const file of files.values()) if (file.url) URL.revokeObjectURL(file.url);
    },
  };
}

function figure(medium, file, timeZone) {
  const camera = medium.deviceName ?? t(medium.origin === "verificationURL" ? "alarm.mediaVerification" : "alarm.mediaCamera");
  const at = medium.capturedAt ?? medium.receivedAt;
  const caption = `${camera} · ${time(at, timeZone)}`;
  let content;
  if (medium.purgedAt || file?.state === "purged") {
    content = h("p", { class: "muted media-gone" }, t("alarm.mediaPurged", { date: dateTime(medium.purgedAt ?? at, timeZone) }));
  } else if (file?.state === "ready") {
    content = medium.kind === "clip"
      ? h("video", { src: file.url, controls: true, preload: "metadata", "aria-label": caption })
      : h("a", { href: file.url, target: "_blank", rel: "noopener", title: t("alarm.mediaOpen") }, h("img", { src: file.url, alt: caption }));
  } else {
    content = h("p", { class: "muted" }, t(file?.state === "failed" ? "alarm.mediaFailed" : "alarm.mediaLoading"));
  }
  return h("figure", { class: "medium", "data-medium": medium.id }, content, h("figcaption", {}, caption));
}
