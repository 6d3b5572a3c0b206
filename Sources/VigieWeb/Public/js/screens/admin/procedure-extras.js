// The procedure editor's helpers: start from a template (the station's default steps for the category), and
// see the layering — station default, then the customer's, then the site's — with the one in force marked.
import { api } from "../../api.js";
import { loadAll } from "../../alarms.js";
import { fill, h } from "../../dom.js";
import { t } from "../../i18n.js";
import { enumLabel } from "./schema-form.js";

export function procedureExtras(form) {
  const layers = h("ol", { class: "layers", id: "procedure-layers", "aria-live": "polite" });
  const templates = h("select", { id: "procedure-template", "aria-label": t("admin.template") });
  const element = h("section", { class: "procedure-extras" },
    h("div", { class: "form-row" }, h("label", { for: "procedure-template" }, t("admin.template")),
      h("div", { class: "inline" }, templates,
        h("button", { type: "button", id: "procedure-use-template", onclick: useTemplate }, t("admin.useTemplate")))),
    h("h4", {}, t("admin.layers")), layers);
  let procedures = [];

  function useTemplate() {
    const template = procedures.find((procedure) => procedure.id === templates.value);
    if (template) form.replaceList("steps", template.steps);
  }

  async function refresh() {
    const { category, scope, scopeID } = form.read();
    fill(templates, procedures.filter((procedure) => procedure.scope === "station").map((procedure) =>
      h("option", { value: procedure.id, selected: procedure.category === category }, `${enumLabel("EventCategory", procedure.category)} — ${procedure.title}`)));
    let customerID = scope === "customer" ? scopeID : null;
    if (scope === "site" && scopeID) customerID = (await api("GET", `/api/v1/sites/${scopeID}`)).customerID;
    const find = (layer, id) => procedures.find((procedure) => procedure.category === category && procedure.scope === layer && (procedure.scopeID ?? null) === (id ?? null));
    const stack = [
      ["station", find("station", null)],
      ["customer", customerID ? find("customer", customerID) : null],
      ["site", scope === "site" && scopeID ? find("site", scopeID) : null],
    ];
    // The one being edited counts as present at its own layer, even before it is saved.
    const editing = stack.findIndex(([layer]) => layer === scope);
    const present = stack.map(([layer, procedure], index) => Boolean(procedure) || index === editing);
    const inForce = present.lastIndexOf(true);
    fill(layers, stack.map(([layer, procedure], index) => h("li", { class: index === inForce ? "in-force" : present[index] ? "" : "muted", "data-layer": layer },
      h("strong", {}, enumLabel("ProcedureScope", layer)), " — ",
      procedure ? procedure.title : index === editing ? t("admin.thisProcedure") : t("admin.noLayer"),
      index === inForce ? h("span", { class: "tag" }, t("admin.inForce")) : null)));
  }

  form.element.addEventListener("change", refresh);
  loadAll("/api/v1/procedures").then((all) => { procedures = all; refresh(); });
  return { element };
}
