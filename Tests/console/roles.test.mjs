import assert from "node:assert/strict";
import { test } from "node:test";
import { consoleModule } from "./catalogue.mjs";

const { roleIncludes } = await consoleModule("roles.js");

test("a role may do what the roles below it may, as the server ranks them", () => {
  assert.equal(roleIncludes("admin", "admin"), true);
  assert.equal(roleIncludes("admin", "operator"), true);
  assert.equal(roleIncludes("supervisor", "operator"), true);
  assert.equal(roleIncludes("supervisor", "admin"), false);
  assert.equal(roleIncludes("operator", "supervisor"), false);
  assert.equal(roleIncludes("unknown", "operator"), false);
});
