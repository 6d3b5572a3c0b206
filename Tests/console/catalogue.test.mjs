import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";

const catalogue = async (code) => JSON.parse(await readFile(new URL(`../../Sources/VigieWeb/Public/i18n/${code}.json`, import.meta.url), "utf8"));

test("French and English catalogues have the same keys and the same placeholders", async () => {
  const [fr, en] = await Promise.all([catalogue("fr"), catalogue("en")]);
  assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
  // `{name}` and the plural selector `{name|one|other}` both read `name`.
  const placeholders = (text) => [...new Set([...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((match) => match[1]))].sort();
  for (const key of Object.keys(fr)) assert.deepEqual(placeholders(en[key]), placeholders(fr[key]), key);
});
