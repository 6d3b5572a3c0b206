// Administration (admin role): every configuration resource listed, searched and edited with forms built
// from the server's schemas; users and roles; the receivers' status.
import { api } from "../../api.js";
import { loadAll } from "../../alarms.js";
import { fill, h } from "../../dom.js";
import { dateTime } from "../../format.js";
import { has, t } from "../../i18n.js";
import { screenKeys, searchKey } from "../../keys.js";
import { showError, showInfo } from "../../notice.js";
import { ask, field } from "../../prompt.js";
import { roleIncludes } from "../../roles.js";
import { kinds, references } from "./kinds.js";
import { showExchange } from "./exchange.js";
import { procedureExtras } from "./procedure-extras.js";
import { fieldLabel, schemaForm } from "./schema-form.js";

let openapi = null;

export async function mount(container, { me, params }) {
  openapi ??= await api("GET", "/api/v1/openapi.json");
  const labels = await referenceLabels();
  // The CSV import screen is offered by servers that have the import API.
  const all = kinds((field, id) => labels[references[field]]?.get(id) ?? "")
    .filter((entry) => (!entry.exchange || openapi.paths["/api/v1/import"]) && roleIncludes(me.user.role, entry.read ?? "operator"));
  const current = all.find((entry) => entry.kind === params[0]) ?? all[0];
  const main = h("div", { class: "admin-main" });
  fill(container, h("section", { class: "admin-view", "aria-labelledby": "admin-title" },
    h("h1", { id: "admin-title" }, t("admin.title")),
    h("div", { class: "admin-grid" },
      h("nav", { class: "admin-kinds", "aria-label": t("admin.resources") },
        h("ul", {}, all.map((entry) => h("li", {}, h("a", { href: `#/admin/${entry.kind}`, "aria-current": entry === current ? "page" : false, id: `admin-${entry.kind}` }, t(`admin.kind.${entry.kind}`)))))),
      main)));
  const writable = roleIncludes(me.user.role, current.write ?? "admin");
  screenKeys([writable && { key: "n", label: "keys.admin.new", run: () => main.querySelector("#admin-new")?.click() }, searchKey(() => main.querySelector("#admin-search"))]);
  if (current.readOnly) return showReceivers(main);
  if (current.exchange) return showExchange(main);
  showList(main, current, labels, params[1], writable);
}

/** id → label of customers, sites and supervision profiles, for lists and reference fields. */
async function referenceLabels() {
  const [customers, sites, profiles] = await Promise.all(["customers", "sites", "supervision-profiles"].map((kind) => loadAll(`/api/v1/${kind}`)));
  return {
    customers: new Map(customers.map((item) => [item.id, item.name])),
    sites: new Map(sites.map((item) => [item.id, item.name])),
    "supervision-profiles": new Map(profiles.map((item) => [item.id, item.name])),
  };
}

/** The list of `entry`'s items; `writable` when the user's role may create, change and delete them (else a read-only view). */
async function showList(main, entry, labels, editID, writable) {
  const search = h("input", { type: "search", id: "admin-search", "aria-label": t("admin.search"), placeholder: t("admin.search") });
  const body = h("tbody", {});
  const editor = h("div", { class: "admin-editor", id: "admin-editor" });
  const status = h("p", { class: "muted", "aria-live": "polite" });

  async function load() {
    const q = encodeURIComponent(search.value.trim());
    const page = await api("GET", `/api/v1/${entry.kind}?limit=100&q=${q}`);
    fill(body, page.items.map((item) => h("tr", { "data-id": item.id },
      entry.columns.map(([name, cell], index) => h("td", {}, index === 0
        ? h("a", { href: `#/admin/${entry.kind}/${item.id}`, onclick: (event) => { event.preventDefault(); edit(item.id); } }, cell(item) || "—")
        : cell(item))),
      entry.lastSignal ? h("td", { class: "last-signal", "data-transmitter": item.id }, "…") : null)));
    status.textContent = t("admin.count", { shown: page.items.length, total: page.total });
    if (entry.lastSignal) showLastSignals(body);
  }

  async function edit(id) {
    const item = id ? await api("GET", `/api/v1/${entry.kind}/${id}`) : null;
    if (writable) openEditor(editor, entry, item, labels, async () => { await refreshLabels(labels); await load(); });
    else showReadOnly(editor, entry, item, labels);
  }

  let pending;
  search.addEventListener("input", () => { clearTimeout(pending); pending = setTimeout(load, 200); });
  fill(main,
    h("div", { class: "admin-head" }, h("h2", {}, t(`admin.kind.${entry.kind}`)), search,
      writable ? h("button", { type: "button", class: "primary", id: "admin-new", onclick: () => edit(null) }, t("admin.new")) : null),
    writable ? null : h("p", { class: "muted", id: "admin-read-only" }, t("admin.readOnly")),
    editor,
    status,
    h("table", { class: "list admin-list" },
      h("thead", {}, h("tr", {}, entry.columns.map(([name]) => h("th", { scope: "col" }, fieldLabel(name))), entry.lastSignal ? h("th", { scope: "col" }, t("admin.lastSignal")) : null)),
      body));
  await load();
  if (editID) edit(editID);
}

async function refreshLabels(labels) {
  Object.assign(labels, await referenceLabels());
}

/** Last signal of each listed transmitter, or "waiting for first signal" for one never heard from. */
async function showLastSignals(body) {
  for (const cell of body.querySelectorAll("[data-transmitter]")) {
    const page = await api("GET", `/api/v1/signals?transmitterID=${cell.dataset.transmitter}&limit=1`);
    const last = page.items[0];
    cell.textContent = last ? dateTime(last.receivedAt) : t("admin.waitingFirstSignal");
    cell.classList.toggle("waiting", !last);
  }
}

/** The form of `entry`'s schema filled with `item` (empty to create one). */
function entityForm(entry, item, labels) {
  const schemaName = !item && entry.createSchema ? entry.createSchema : entry.schema;
  return schemaForm(openapi.components.schemas, schemaName, item ?? {}, {
    exclude: entry.kind === "sites" ? ["mode"] : [],
    references: (name, values) => referenceOptions(name, values, labels),
    rules: entry.kind === "transmitters" ? { aesKey: aesKeyRule } : {},
  });
}

function itemName(item) {
  return item.name ?? item.title ?? item.code ?? item.account ?? item.username ?? item.description ?? "";
}

/** An item shown to a role that may not change it: the same form, every field disabled, nothing to save. */
function showReadOnly(editor, entry, item, labels) {
  const form = entityForm(entry, item, labels);
  const close = h("button", { type: "button", class: "ghost", id: "admin-close", onclick: () => fill(editor) }, t("dialog.close"));
  fill(editor, h("section", { class: "card stack", id: "admin-view-item", "aria-labelledby": "admin-form-title" },
    h("h3", { id: "admin-form-title" }, t("admin.viewing", { name: itemName(item) })),
    h("fieldset", { disabled: true, class: "read-only" }, form.element),
    h("div", { class: "actions" }, close)));
  form.refreshReferences();
  editor.scrollIntoView({ block: "start" });
  close.focus();
}

function openEditor(editor, entry, item, labels, saved) {
  const creating = !item;
  const form = entityForm(entry, item, labels);
  const error = h("p", { class: "error", role: "alert" });
  const extras = entry.kind === "procedures" ? procedureExtras(form) : null;
  const element = h("form", { class: "card stack", id: "admin-form", novalidate: true, "aria-labelledby": "admin-form-title" },
    h("h3", { id: "admin-form-title" }, creating ? t("admin.creating", { kind: t(`admin.kind.${entry.kind}`) }) : t("admin.editing", { name: itemName(item) })),
    extras?.element, form.element, error,
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "primary", id: "admin-save" }, t("admin.save")),
      !creating && entry.kind !== "users" ? h("button", { type: "button", id: "admin-delete", onclick: remove }, t("admin.delete")) : null,
      !creating && entry.kind === "users" ? h("button", { type: "button", id: "admin-password", onclick: () => resetPassword(item) }, t("admin.resetPassword")) : null,
      h("button", { type: "button", class: "ghost", onclick: () => fill(editor) }, t("dialog.cancel"))));

  async function save(event) {
    event.preventDefault();
    fill(error);
    if (!form.valid()) return;
    const body = form.read();
    if (!creating) Object.assign(body, { id: item.id, version: item.version });
    try {
      const result = await api(creating ? "POST" : "PUT", creating ? `/api/v1/${entry.kind}` : `/api/v1/${entry.kind}/${item.id}`, body);
      fill(editor, h("p", { class: "saved", role: "status", id: "admin-saved" }, "✓ ", t("admin.saved"),
        result.generatedPassword ? h("strong", { id: "generated-password" }, ` ${t("admin.generatedPassword")} ${result.generatedPassword}`) : null));
      showInfo(t("admin.saved"));
      await saved();
    } catch (failure) {
      if (failure.fields?.length) form.showServerErrors(failure.fields, (text) => error.append(h("span", {}, text, " ")));
      else fill(error, failure.message);
    }
  }

  async function remove() {
    if (!confirm(t("admin.confirmDelete"))) return;
    try {
      await api("DELETE", `/api/v1/${entry.kind}/${item.id}`);
      fill(editor);
      await saved();
    } catch (failure) {
      showError(failure);
    }
  }

  element.addEventListener("submit", save);
  fill(editor, element);
  editor.scrollIntoView({ block: "start" });
  form.refreshReferences();
  element.querySelector("input, select, textarea")?.focus();
}

/** The options of a uuid field that names another entity; a procedure's scopeID follows its scope. */
function referenceOptions(name, values, labels) {
  let kind = references[name];
  if (name === "scopeID") kind = values.scope === "site" ? "sites" : values.scope === "customer" ? "customers" : null;
  if (!kind) return null;
  const options = [...labels[kind]].sort((a, b) => a[1].localeCompare(b[1]));
  return { kind, options };
}

/** DC-09 keys: 32, 48 or 64 hex digits, or 16, 24 or 32 characters typed as ASCII. */
function aesKeyRule(value, values) {
  if (!value) return null;
  const ascii = values.keyFormat === "ascii";
  const ok = ascii ? [16, 24, 32].includes(value.length) : /^(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{48}|[0-9A-Fa-f]{64})$/.test(value);
  return ok ? null : t(ascii ? "admin.aesAscii" : "admin.aesHex");
}

async function showReceivers(main) {
  const receivers = await api("GET", "/api/v1/receivers");
  fill(main, h("h2", {}, t("admin.kind.receivers")),
    h("table", { class: "list" },
      h("thead", {}, h("tr", {}, ["name", "kind", "listening", "up", "connections", "frames", "lastFrameAt"].map((name) => h("th", { scope: "col" }, fieldLabel(name))))),
      h("tbody", {}, receivers.map((receiver) => h("tr", {},
        h("td", {}, receiver.name), h("td", {}, has(`receivers.kind.${receiver.kind}`) ? t(`receivers.kind.${receiver.kind}`) : receiver.kind), h("td", {}, receiver.listening ?? ""), h("td", {}, receiver.up ? "✓" : "✗"),
        h("td", {}, receiver.connections), h("td", {}, receiver.frames), h("td", {}, dateTime(receiver.lastFrameAt)))))));
}

/** Users are never deleted; an administrator sets a new password for one who lost theirs. */
async function resetPassword(user) {
  const [label, password] = field(t("admin.newPassword"), { id: "reset-password", type: "password", autocomplete: "new-password", minlength: 10, maxlength: 72, required: true, autofocus: true });
  await ask({
    id: "password-dialog", title: t("admin.resetPasswordOf", { name: user.displayName }), fields: [label, password], submitLabel: "admin.resetPassword",
    submit: async () => {
      await api("POST", `/api/v1/users/${user.id}/password`, { password: password.value });
      showInfo(t("admin.passwordReset"));
    },
  });
}
