// What the top bar says about the receivers: pure, so that it is tested without a page (Tests/console).
import { t } from "./i18n.js";

/** What the top bar says about `receivers` (GET /api/v1/receivers): `{ state: "up" | "down" | "none", text, title }`,
 * and `short`, what it shows when all listen. */
export function receiversSummary(receivers) {
  if (receivers.length === 0) return { state: "none", text: t("receivers.none"), title: "" };
  const down = receivers.filter((receiver) => !receiver.up).map((receiver) => receiver.name);
  const title = receivers.map((receiver) => t(receiver.up ? "receivers.oneUp" : "receivers.oneDown", { name: receiver.name, connections: receiver.connections }) + abuse(receiver)).join("\n");
  if (down.length === 0) return { state: "up", text: t("receivers.allUp", { count: receivers.length }), short: t("receivers.allUpShort", { count: receivers.length }), title };
  return { state: "down", text: t("receivers.down", { names: down.join(", "), up: receivers.length - down.length, count: receivers.length }), title };
}

/** What a receiver turned away during a flood, if anything: datagrams dropped, refused frames not stored. */
function abuse(receiver) {
  const dropped = receiver.dropped ?? 0;
  const notStored = receiver.refusedNotStored ?? 0;
  const shed = receiver.connectionsShed ?? 0;
  return dropped || notStored || shed ? t("receivers.abuse", { dropped, notStored, shed }) : "";
}
