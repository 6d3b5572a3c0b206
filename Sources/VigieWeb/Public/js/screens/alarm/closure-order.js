// Which closure codes come first for an alarm: the dialog numbers the first nine for the digit keys, so the codes
// that fit the alarm's category must be among them. Pure, so that the order is tested without a page.

/** Categories about the equipment rather than an event on the site: they close as technical faults. */
const equipmentCategories = new Set(["technical", "supervision", "bypass", "unknown"]);
const equipmentOrder = ["technical", "test", "cancelled", "other", "falseAlarm", "realAlarm"];
const eventOrder = ["falseAlarm", "realAlarm", "technical", "test", "cancelled", "other"];

/**
 * The `codes` ordered by how well their outcome fits alarms of `categories` (one alarm's, or every marked alarm's
 * for a closure in bulk): technical first when every category is about equipment, false and real alarm first
 * otherwise. The server's order is kept within an outcome; a code of an outcome not listed comes last.
 */
export function fittingCodes(codes, categories) {
  const order = categories.length && categories.every((category) => equipmentCategories.has(category)) ? equipmentOrder : eventOrder;
  const rank = (code) => {
    const index = order.indexOf(code.outcome);
    return index === -1 ? order.length : index;
  };
  return [...codes].sort((a, b) => rank(a) - rank(b));
}
