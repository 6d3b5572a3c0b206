import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule, useLanguage } from "./catalogue.mjs";

const { fieldErrorText, reasonText } = await consoleModule("reason.js");

test("a refusal reads in the console's language from its key, as written without one", () => {
  useLanguage("fr");
  assert.equal(reasonText({ key: "ownAccountStaysAdmin", message: "an administrator cannot demote or disable their own account" }),
    "un administrateur ne peut ni rétrograder ni désactiver son propre compte");
  assert.equal(reasonText({ message: "must be a UUID" }), "must be a UUID");
});

test("a field error names the field by its form label, and never by a path no form shows", () => {
  useLanguage("fr");
  assert.equal(fieldErrorText({ field: "address.postalCode", reason: "doit comporter cinq chiffres en France" }),
    "Code postal : doit comporter cinq chiffres en France");
  assert.equal(fieldErrorText({ field: "confirmed", reason: "cochez chaque point de la liste" }), "cochez chaque point de la liste");
});
