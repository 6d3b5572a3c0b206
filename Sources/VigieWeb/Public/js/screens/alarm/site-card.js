// What the operator reads before acting: the site card (address, map, risk, mode, access), the temporary
// instructions in force as a banner, the zones with their state, the contacts in call order, the site's history.
import { h } from "../../dom.js";
import { addressLine, dateTime, mapLink, phoneText, telURI, zoneName } from "../../format.js";
import { t } from "../../i18n.js";
import { categoryLabel, priorityBadge } from "../../priority.js";
import { describeAuthor, describeEntry, kindLabel } from "../../logbook-text.js";
import { alarmTitle } from "../../wording.js";
import { mutedNames } from "./camera-card.js";

export function renderBanner(instructions, timeZone, devices = []) {
  if (instructions.length === 0) return null;
  return h("section", { class: "banner", role: "note", "aria-label": t("alarm.instructions") },
    h("strong", {}, "⚑ ", t("alarm.instructions")),
    h("ul", {}, instructions.map((instruction) => h("li", {}, instruction.text,
      h("small", {}, " — ", t("alarm.until", { date: dateTime(instruction.validUntil, timeZone) }),
        instruction.suppressedZones.length ? ` · ${t("alarm.suppressed", { zones: instruction.suppressedZones.join(", ") })}` : "",
        instruction.suppressedDevices?.length ? ` · ${t("alarm.mutedCameras", { names: mutedNames(instruction, devices).join(", ") })}` : "")))));
}

export function renderSiteCard(site) {
  if (!site) return h("section", { class: "card site-card" }, h("h2", {}, t("alarm.station")));
  const mode = site.mode.state === "test" ? t("mode.testUntil", { date: dateTime(site.mode.until, site.timeZone) }) : t(`mode.${site.mode.state}`);
  return h("section", { class: "card site-card", "aria-labelledby": "site-name" },
    h("h2", { id: "site-name" }, site.name, site.reference ? h("small", {}, ` #${site.reference}`) : null),
    h("dl", { class: "facts" },
      fact(t("site.address"), [addressLine(site.address), " ", h("a", { href: mapLink(site), target: "_blank", rel: "noopener" }, t("site.map"))]),
      fact(t("site.risk"), h("span", { class: `risk-${site.riskLevel}` }, t(`risk.${site.riskLevel}`))),
      fact(t("site.mode"), h("span", { class: `mode-${site.mode.state}` }, mode)),
      site.phone ? fact(t("site.phone"), h("a", { href: telURI(site.phone) }, phoneText(site.phone))) : null,
      site.responseTimeMinutes ? fact(t("site.responseTime"), t("site.minutes", { minutes: site.responseTimeMinutes })) : null,
      site.accessNotes ? fact(t("site.access"), site.accessNotes) : null,
      fact(t("site.timeZone"), zoneName(site.timeZone))));
}

function fact(term, value) {
  return [h("dt", {}, term), h("dd", {}, value)];
}

export function renderZones(zones, alarm, instructions) {
  const suppressed = new Set(instructions.flatMap((instruction) => instruction.suppressedZones));
  return h("section", { class: "card", "aria-labelledby": "zones-title" },
    h("h2", { id: "zones-title" }, t("alarm.zones")),
    zones.length === 0 ? h("p", { class: "muted" }, t("alarm.noZones")) : h("ul", { class: "zones" }, zones.map((zone) => {
      const state = alarm.zonesInAlarm.includes(zone.number) ? "alarm" : suppressed.has(zone.number) ? "suppressed" : "normal";
      return h("li", { class: `zone zone-${state}`, "data-zone": zone.number },
        h("span", { class: "zone-state" }, state === "alarm" ? "▲ " : state === "suppressed" ? "⊘ " : "✓ ", t(`zone.${state}`)),
        ` ${zone.number} — ${zone.description}`, h("small", { class: "muted" }, ` ${t(`zoneType.${zone.type}`)}`));
    })));
}

export function renderContacts(contacts, current) {
  return h("section", { class: "card", "aria-labelledby": "contacts-title" },
    h("h2", { id: "contacts-title" }, t("alarm.contacts")),
    contacts.length === 0 ? h("p", { class: "muted" }, t("alarm.noContacts")) : h("ol", { class: "contacts" }, contacts.map((contact) => h("li", {
      class: contact.id === current?.contactID ? "contact current" : "contact", "aria-current": contact.id === current?.contactID ? "true" : false,
    },
    h("strong", {}, contact.name), contact.role ? ` — ${contact.role}` : "", contact.isKeyholder ? h("span", { class: "tag" }, t("contact.keyholder")) : null,
    h("div", { class: "phones" }, contact.phones.flatMap((phone, index) => [index ? " · " : null,
      h("a", { href: telURI(phone.number), class: "phone" }, "☎ ", phoneText(phone.number), phone.label ? ` (${phone.label})` : "")])),
    contact.availability ? h("small", { class: "muted" }, contact.availability) : null))));
}

export function renderHistory(recent, timeZone) {
  return h("section", { class: "card", "aria-labelledby": "history-title" },
    h("h2", { id: "history-title" }, t("alarm.history")),
    recent.length === 0 ? h("p", { class: "muted" }, t("alarm.noHistory")) : h("ul", { class: "history" }, recent.map((alarm) => h("li", {},
      priorityBadge(alarm.priority), " ", dateTime(alarm.createdAt, timeZone), " — ", alarmTitle(alarm), " ",
      h("small", { class: "muted" }, alarm.lifecycle.closureCode ?? t(`state.${alarm.lifecycle.state}`), " · ", categoryLabel(alarm.category))))));
}

/** The alarm's own story: events, restores, actions, calls and dispatches, oldest first. */
export function renderTimeline(entries, timeZone) {
  return h("section", { class: "card", "aria-labelledby": "timeline-title" },
    h("h2", { id: "timeline-title" }, t("alarm.timeline")),
    h("ol", { class: "timeline", id: "timeline" }, [...entries].reverse().map((entry) => h("li", { class: `tl tl-${entry.kind.replace(/\./g, "-")}`, "data-kind": entry.kind },
      h("time", { datetime: entry.at }, dateTime(entry.at, timeZone)), " ",
      h("span", { class: "tl-kind" }, kindLabel(entry.kind)), " ",
      describeEntry(entry), h("small", { class: "muted" }, ` — ${describeAuthor(entry)}`)))));
}
