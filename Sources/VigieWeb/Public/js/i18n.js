// The language switch: French by default, English on request, remembered per browser. The messages live in
// the catalogue files /i18n/fr.json and /i18n/en.json, loaded once at start.
const languages = ["fr", "en"];
const catalogues = Object.fromEntries(await Promise.all(languages.map(async (code) => {
  const response = await fetch(`/i18n/${code}.json`, { credentials: "same-origin" });
  return [code, response.ok ? await response.json() : {}];
})));
const listeners = new Set();

export function language() {
  return localStorage.getItem("vigie.lang") === "en" ? "en" : "fr";
}

/** The locale for dates and numbers. */
export function locale() {
  return language() === "en" ? "en-GB" : "fr-FR";
}

/**
 * The message for `key` in the current language, with `{name}` placeholders filled from `values`, and
 * `{name|one|other}` choosing the form the language's plural rule gives for that number, `#` standing for it:
 * `{count|# alarme|# alarmes}` (French says "0 alarme", English "0 alarms").
 */
export function t(key, values = {}) {
  const text = catalogues[language()][key] ?? catalogues.fr[key] ?? key;
  const rules = new Intl.PluralRules(locale());
  return text
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (_, name, one, other) => {
      const count = Number(values[name] ?? 0);
      return (rules.select(count) === "one" ? one : other).replaceAll("#", count.toLocaleString(locale()));
    })
    .replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

/** Whether the catalogue has `key` (for optional labels such as an event category). */
export function has(key) {
  return key in catalogues.fr;
}

/** A key as the keyboard in front of the operator labels it ("Entrée", "Échap", "↓"), not its DOM name. */
export function keyLabel(key) {
  return has(`keyName.${key}`) ? t(`keyName.${key}`) : key;
}

/** Calls `listener` after every language change, so screens re-render their dynamic text. */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

export function setLanguage(code) {
  localStorage.setItem("vigie.lang", languages.includes(code) ? code : "fr");
  applyLanguage();
  for (const listener of listeners) listener();
}

/** Translates every element carrying `data-i18n` (text), `data-i18n-label` (aria-label) or
 * `data-i18n-title` (title), and wires the language buttons. */
export function applyLanguage(root = document) {
  document.documentElement.lang = language();
  for (const element of root.querySelectorAll("[data-i18n]")) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll("[data-i18n-label]")) element.setAttribute("aria-label", t(element.dataset.i18nLabel));
  for (const element of root.querySelectorAll("[data-i18n-title]")) element.title = t(element.dataset.i18nTitle);
  for (const element of root.querySelectorAll("[data-i18n-placeholder]")) element.placeholder = t(element.dataset.i18nPlaceholder);
  for (const button of root.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === language()));
    button.onclick = () => setLanguage(button.dataset.lang);
  }
}
