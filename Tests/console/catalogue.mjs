// The browser globals the console's modules read at load, given from the station's real files: `fetch` of
// /i18n/*.json answers with the catalogue in Sources/VigieWeb/Public, and `localStorage` keeps the language.
import { readFile } from "node:fs/promises";

const publicDirectory = new URL("../../Sources/VigieWeb/Public/", import.meta.url);
const stored = new Map();

globalThis.localStorage = {
  getItem: (key) => stored.get(key) ?? null,
  setItem: (key, value) => stored.set(key, String(value)),
};
globalThis.fetch = async (path) => {
  const text = await readFile(new URL(path.replace(/^\//, ""), publicDirectory), "utf8");
  return { ok: true, json: async () => JSON.parse(text) };
};

/** Chooses the console's language for the next calls (`fr` or `en`). */
export function useLanguage(code) {
  stored.set("vigie.lang", code);
}

/** A console module by its path under Public/js. */
export function consoleModule(name) {
  return import(new URL(`js/${name}`, publicDirectory));
}
