// Message catalogues and the language switch: French by default, English on request, remembered per browser.
const catalogues = {
  fr: {
    "login.subtitle": "Station centrale de télésurveillance",
    "login.username": "Identifiant",
    "login.password": "Mot de passe",
    "login.submit": "Se connecter",
    "login.failed": "Identifiant ou mot de passe incorrect.",
    "login.locked": "Trop d'échecs : compte verrouillé temporairement.",
    "login.unavailable": "Serveur injoignable. Réessayez.",
    "console.logout": "Se déconnecter",
    "console.sites": "Sites télésurveillés",
    "console.search": "Rechercher",
    "console.site": "Site",
    "console.address": "Adresse",
    "console.risk": "Risque",
    "console.mode": "Mode",
    "console.count": "{shown} sur {total} sites",
    "role.operator": "opérateur", "role.supervisor": "chef de poste", "role.admin": "administrateur",
    "risk.low": "faible", "risk.medium": "moyen", "risk.high": "élevé", "risk.critical": "critique",
    "mode.normal": "normal", "mode.test": "en test", "mode.outOfService": "hors service",
  },
  en: {
    "login.subtitle": "Central monitoring station",
    "login.username": "Username",
    "login.password": "Password",
    "login.submit": "Sign in",
    "login.failed": "Wrong username or password.",
    "login.locked": "Too many failures: account temporarily locked.",
    "login.unavailable": "Server unreachable. Try again.",
    "console.logout": "Sign out",
    "console.sites": "Protected sites",
    "console.search": "Search",
    "console.site": "Site",
    "console.address": "Address",
    "console.risk": "Risk",
    "console.mode": "Mode",
    "console.count": "{shown} of {total} sites",
    "role.operator": "operator", "role.supervisor": "supervisor", "role.admin": "administrator",
    "risk.low": "low", "risk.medium": "medium", "risk.high": "high", "risk.critical": "critical",
    "mode.normal": "normal", "mode.test": "on test", "mode.outOfService": "out of service",
  },
};

export function language() {
  return localStorage.getItem("vigie.lang") === "en" ? "en" : "fr";
}

/** The message for `key` in the current language, with `{name}` placeholders filled from `values`. */
export function t(key, values = {}) {
  const text = catalogues[language()][key] ?? catalogues.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

/** Translates every element carrying `data-i18n`, and wires the language buttons. */
export function applyLanguage(onChange = () => {}) {
  document.documentElement.lang = language();
  for (const element of document.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === language()));
    button.onclick = () => {
      localStorage.setItem("vigie.lang", button.dataset.lang);
      applyLanguage(onChange);
      onChange();
    };
  }
}
