// A refusal's words in the console's language. The server sends each reason in English with, where it has one, a
// message key and its parameters (`reason.<key>` in the catalogues); a reason without a key reads as written.
import { has, t } from "./i18n.js";

/** The reason of an error body, a field error or a bulk refusal, in the console's language. */
export function reasonText({ key, parameters, reason, message }) {
  return key && has(`reason.${key}`) ? t(`reason.${key}`, parameters ?? {}) : (reason ?? message ?? "");
}

/** A field's name as the forms label it (`address.postalCode` → "Code postal"); `null` for a field no form labels. */
export function fieldLabel(path) {
  const name = path.split(".").pop().replace(/\[\d+\]$/, "");
  return has(`field.${name}`) ? t(`field.${name}`) : null;
}

/** "Code postal : doit comporter cinq chiffres en France" for one field error; the reason alone for a field that no
 * form shows (`confirmed`, a checklist's boxes), since its path is no word to read. */
export function fieldErrorText(fieldError) {
  const field = fieldLabel(fieldError.field);
  return field ? t("reason.fieldError", { field, reason: fieldError.reason }) : fieldError.reason;
}
