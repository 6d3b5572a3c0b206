import { api, rememberSession } from "./api.js";
import { applyLanguage, t } from "./i18n.js";

const sites = document.getElementById("sites");
const search = document.getElementById("site-search");
const count = document.getElementById("sites-count");
let me = null;

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

async function showSites() {
  const query = encodeURIComponent(search.value.trim());
  const page = await api("GET", `/api/v1/sites?limit=200&q=${query}`);
  sites.replaceChildren(...page.items.map((site) => {
    const row = document.createElement("tr");
    const address = `${site.address.street}, ${site.address.postalCode} ${site.address.city}`;
    row.append(
      cell(site.name), cell(address),
      cell(t(`risk.${site.riskLevel}`), `risk-${site.riskLevel}`), cell(t(`mode.${site.mode.state}`)),
    );
    return row;
  }));
  count.textContent = t("console.count", { shown: page.items.length, total: page.total });
}

function showWho() {
  document.getElementById("who").textContent = `${me.user.displayName} — ${t(`role.${me.user.role}`)}`;
}

document.getElementById("logout").addEventListener("click", async () => {
  await api("DELETE", "/api/v1/session");
  location.assign("/login.html");
});

let pending;
search.addEventListener("input", () => {
  clearTimeout(pending);
  pending = setTimeout(showSites, 200);
});

me = await api("GET", "/api/v1/session");
rememberSession(me);
applyLanguage(() => { showWho(); showSites(); });
showWho();
await showSites();
