// When an alarm's new state must be heard. Pure, so that the rule is tested without a page (Tests/console).
import { isHighPriority } from "./priority.js";

/** Roles that are escalated to: an alarm nobody took in time must reach their ears, whatever its priority. */
const escalatedTo = new Set(["supervisor", "admin"]);

/**
 * Why the console rings for `alarm`, given the state it knew before (`previous`, undefined for an alarm it has
 * never seen) and the user's `role`: "escalated" (a supervisor is told, and shown a notice), "new" (a high-priority
 * alarm appears), "aggravated" (a worse event took a known high-priority alarm over: a fire joining a technical
 * alarm, a second zone confirming an intrusion, which the server dates in `takenOverAt`), "returned" (a parked
 * alarm is back in the queue: the restore arrived, the guard left, the reminder fell due; dated `returnedAt`), or null.
 */
export function alertFor(previous, alarm, role) {
  if (!previous) return alarm.lifecycle.state === "new" && isHighPriority(alarm.priority) ? "new" : null;
  if (escalatedTo.has(role) && !previous.lifecycle.escalatedAt && alarm.lifecycle.escalatedAt) return "escalated";
  if (isHighPriority(alarm.priority) && isLater(alarm.takenOverAt, previous.takenOverAt)) return "aggravated";
  if (alarm.lifecycle.state === "new" && isLater(alarm.returnedAt, previous.returnedAt)) return "returned";
  return null;
}

function isLater(date, before) {
  return Boolean(date) && (!before || Date.parse(date) > Date.parse(before));
}
