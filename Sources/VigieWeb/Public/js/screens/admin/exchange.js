// Migrating a customer base: CSV files uploaded, checked by a dry run that lists every bad line, then
// imported all or nothing; and the same data exported in the same format (docs/import-export.md).
import { api } from "../../api.js";
import { fill, h } from "../../dom.js";
import { language, t } from "../../i18n.js";
import { reasonText } from "../../reason.js";

const exportKinds = ["customers", "sites", "transmitters", "zones", "contacts", "devices"];

export function showExchange(main) {
  const files = h("input", { type: "file", id: "import-files", accept: ".csv,text/csv", multiple: true });
  const report = h("div", { id: "import-report", "aria-live": "polite" });
  const importButton = h("button", { type: "button", id: "import-run", class: "primary", disabled: true, onclick: () => run(false) }, t("exchange.import"));
  const secrets = h("input", { type: "checkbox", id: "export-secrets" });
  const semicolon = h("input", { type: "checkbox", id: "export-semicolon" });
  const links = h("ul", { class: "exports" });

  function exportLinks() {
    // Headers and file names in the console's language: the import reads either.
    const french = language() === "fr";
    const query = [secrets.checked ? "secrets=true" : "", semicolon.checked ? "delimiter=semicolon" : "", french ? "headers=french" : ""].filter(Boolean).join("&");
    fill(links, exportKinds.map((kind) => {
      const file = `${t(`exchange.fileName.${kind}`)}.csv`;
      return h("li", {}, h("a", { href: `/api/v1/export/${kind}.csv${query ? `?${query}` : ""}`, download: file, "data-kind": kind }, file));
    }));
  }

  /** A dry run first; the import itself is offered only once a dry run of the same files found nothing wrong. */
  async function run(dryRun) {
    importButton.disabled = true;
    const chosen = await Promise.all([...files.files].map(async (file) => ({ name: file.name, text: await file.text() })));
    if (chosen.length === 0) return fill(report, h("p", { class: "error" }, t("exchange.noFile")));
    try {
      const result = await api("POST", "/api/v1/import", { files: chosen, dryRun });
      fill(report, summary(result));
      importButton.disabled = !dryRun;
    } catch (failure) {
      fill(report, failure.status === 422 && failure.body?.problems ? [summary(failure.body), problems(failure.body.problems)] : h("p", { class: "error" }, failure.message));
    }
  }

  files.addEventListener("change", () => { importButton.disabled = true; fill(report); });
  secrets.addEventListener("change", exportLinks);
  semicolon.addEventListener("change", exportLinks);
  exportLinks();
  fill(main,
    h("h2", {}, t("admin.kind.import")),
    h("section", { class: "card stack", "aria-labelledby": "import-title" },
      h("h3", { id: "import-title" }, t("exchange.importTitle")),
      h("p", { class: "muted" }, t("exchange.importHint")),
      h("label", { for: "import-files" }, t("exchange.files")), files,
      h("div", { class: "actions" }, h("button", { type: "button", id: "import-dry-run", onclick: () => run(true) }, t("exchange.dryRun")), importButton),
      report),
    h("section", { class: "card stack", "aria-labelledby": "export-title" },
      h("h3", { id: "export-title" }, t("exchange.exportTitle")),
      h("label", { class: "check" }, secrets, " ", t("exchange.secrets")),
      h("label", { class: "check" }, semicolon, " ", t("exchange.semicolon")),
      links));
}

function summary(result) {
  const counts = result.counts ?? {};
  return h("p", { class: result.problems?.length ? "error" : "saved", id: "import-summary" },
    t(result.problems?.length ? "exchange.refused" : result.written ? "exchange.written" : "exchange.checked",
      { created: counts.created ?? 0, updated: counts.updated ?? 0, unchanged: counts.unchanged ?? 0, problems: result.problems?.length ?? 0 }));
}

function problems(list) {
  return h("table", { class: "list", id: "import-problems" },
    h("thead", {}, h("tr", {}, ["file", "line", "column", "reason"].map((name) => h("th", { scope: "col" }, t(`exchange.${name}`))))),
    h("tbody", {}, list.map((problem) => h("tr", {}, h("td", {}, problem.file), h("td", {}, problem.line ?? ""), h("td", {}, problem.column ?? ""), h("td", {}, reasonText(problem))))));
}
