// Forms built from the server's own OpenAPI schemas: the same required fields, lengths, ranges, patterns and
// enumerations the server checks, so a form validates as you type and agrees with the server; what only the
// server knows (duplicates, references, cross-field rules) comes back as 422 field errors shown on the field.
import { h } from "../../dom.js";
import { fromStationInput, stationInputValue } from "../../format.js";
import { has, t } from "../../i18n.js";
import { fieldErrorText } from "../../reason.js";

const skipped = new Set(["id", "version", "createdAt", "updatedAt", "withheld"]);
// Enumerations whose values already have labels in the catalogues under another prefix.
const enumPrefixes = { EventCategory: "category", RiskLevel: "risk", ZoneType: "zoneType", ProcedureStepKind: "step", Role: "role" };

/**
 * A form for `schemaName` filled with `value`. Options: `references(name, values)` → `{kind, options: [[id, label]]}`
 * or null, for uuid fields that name another entity; `rules[path](value, values)` → a message or null, for
 * rules JSON Schema cannot say; `exclude`, names left out (a site's mode has its own action).
 */
export function schemaForm(components, schemaName, value, { references, rules = {}, exclude = [] }) {
  const inputs = [];
  const root = objectField(components, "", components[schemaName], value ?? {}, { inputs, references, exclude, withheld: value?.withheld ?? [], schemaName });
  const element = h("div", { class: "schema-form" }, root.element);

  function read() {
    return root.read();
  }

  function check(input) {
    const message = problem(input, read());
    input.setAttribute("aria-invalid", String(Boolean(message)));
    const error = document.getElementById(`${input.id}-error`);
    if (error) error.textContent = message ?? "";
    return message;
  }

  function problem(input, values) {
    const raw = input.type === "checkbox" ? input.checked : input.value.trim();
    if (input.dataset.required === "true" && raw === "") return t("form.required");
    if (raw === "" || raw === true || raw === false) return rules[input.dataset.path]?.(raw, values) ?? null;
    if (input.validity.rangeUnderflow || input.validity.rangeOverflow) return t("form.range", { min: input.min, max: input.max });
    if (input.validity.badInput || input.validity.stepMismatch) return t("form.number");
    if (input.dataset.maxLength && raw.length > Number(input.dataset.maxLength)) return t("form.tooLong", { max: input.dataset.maxLength });
    if (input.dataset.pattern && !matches(input.dataset.pattern, raw)) return t("form.pattern");
    return rules[input.dataset.path]?.(raw, values) ?? null;
  }

  element.addEventListener("input", (event) => { if (event.target.dataset.path) check(event.target); });
  element.addEventListener("change", (event) => {
    if (event.target.dataset.path) check(event.target);
    refreshReferences();
  });

  /** Reference selects whose target depends on another field (a procedure's scope) are refilled on change. */
  function refreshReferences() {
    for (const input of inputs) input.refresh?.(read());
  }

  return {
    element,
    read,
    /** Checks every field; returns false and focuses the first wrong one. */
    valid() {
      const wrong = inputs.map(({ input }) => input).filter((input) => input.isConnected && check(input));
      wrong[0]?.focus();
      return wrong.length === 0;
    },
    /** Shows the server's `fields: [{field, reason}]` on the fields they name (or on the form). */
    showServerErrors(fields, fallback) {
      let first = null;
      for (const { field, reason } of fields) {
        const input = element.querySelector(`[data-path="${CSS.escape(field)}"]`) ?? element.querySelector(`[data-path^="${CSS.escape(field.split(/[.[]/)[0])}"]`);
        if (!input) {
          fallback(fieldErrorText({ field, reason }));
          continue;
        }
        input.setAttribute("aria-invalid", "true");
        const error = document.getElementById(`${input.id}-error`);
        if (error) error.textContent = reason;
        first ??= input;
      }
      first?.focus();
    },
    refreshReferences,
    /** Replaces the rows of the list field `name` (a procedure's steps from a template). */
    replaceList(name, values) {
      root.children.find((child) => child.name === name)?.replace?.(values);
    },
  };
}

function matches(pattern, text) {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return true;
  }
}

function resolve(components, schema) {
  let refName = null;
  // A nullable reference is written `oneOf: [{$ref}, {type: "null"}]`: the reference is what the form edits.
  const alternative = schema.oneOf?.find((option) => option.type !== "null");
  let resolved = alternative ? { ...schema, ...alternative, oneOf: undefined } : schema;
  while (resolved.$ref) {
    refName = resolved.$ref.split("/").pop();
    resolved = { ...components[refName], ...resolved, $ref: undefined };
  }
  return { schema: resolved, refName };
}

function isNullable(schema) {
  return Array.isArray(schema.type) && schema.type.includes("null");
}

function baseType(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.find((type) => type !== "null") ?? (schema.enum ? "string" : schema.properties ? "object" : "string");
}

/** A field's label: the schema's own (`field.Device.password`) where one name means two things, else the common one. */
export function fieldLabel(name, schemaName) {
  if (schemaName && has(`field.${schemaName}.${name}`)) return t(`field.${schemaName}.${name}`);
  return has(`field.${name}`) ? t(`field.${name}`) : name;
}

export function enumLabel(refName, value) {
  if (has(`enum.${refName}.${value}`)) return t(`enum.${refName}.${value}`);
  const prefix = enumPrefixes[refName];
  return prefix && has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value;
}

function objectField(components, path, schema, value, context) {
  const required = new Set(schema.required ?? []);
  // The scope and the parent first (what it belongs to), then what must be given, then the rest; within each,
  // the order the server wrote the properties in (a postal address: street, postal code, city, country).
  const rank = ([name]) => (name === "scope" ? 0 : name.endsWith("ID") ? 1 : required.has(name) ? 2 : 3);
  const order = schema["x-vigie-order"] ?? [];
  const position = ([name]) => (order.includes(name) ? order.indexOf(name) : order.length);
  const children = Object.entries(schema.properties ?? {})
    .filter(([name, property]) => !skipped.has(name) && !context.exclude.includes(name) && !property.readOnly)
    .sort((a, b) => rank(a) - rank(b) || position(a) - position(b))
    .map(([name, property]) => field(components, path ? `${path}.${name}` : name, name, property, required.has(name), value?.[name], context));
  return {
    element: children.map((child) => child.element),
    children,
    read() {
      const result = {};
      children.forEach((child) => {
        const childValue = child.read();
        if (childValue !== undefined) result[child.name] = childValue;
      });
      return result;
    },
  };
}

function field(components, path, name, rawSchema, required, value, context) {
  const { schema, refName } = resolve(components, rawSchema);
  const type = baseType(schema);
  const label = fieldLabel(name, context.schemaName);
  if (type === "object") {
    const inner = objectField(components, path, schema, value ?? {}, context);
    return { name, element: h("fieldset", { class: "nested" }, h("legend", {}, label), inner.element), read: inner.read };
  }
  if (type === "array") return arrayField(components, path, name, schema, required, value, context);
  const id = `field-${path.replace(/[^\w]/g, "-")}`;
  const input = control(id, path, name, schema, refName, type, required, value, context);
  const error = h("span", { class: "field-error", id: `${id}-error`, "aria-live": "polite" });
  input.setAttribute("aria-describedby", `${id}-error`);
  const element = type === "boolean" && !input.dataset.tristate
    ? h("div", { class: "form-row" }, h("label", { class: "check", for: id }, input, " ", label), error)
    : h("div", { class: "form-row" }, h("label", { for: id }, label, required ? h("span", { "aria-hidden": "true" }, " *") : ""), input, error);
  return { name, element, read: () => readInput(input, type, schema, required) };
}

function control(id, path, name, schema, refName, type, required, value, context) {
  const common = { id, "data-path": path, "data-required": String(required && type !== "boolean"), name: path };
  context.inputs.push({ input: null });
  const entry = context.inputs[context.inputs.length - 1];
  let input;
  if (schema.enum) {
    input = h("select", common, required ? null : h("option", { value: "" }, "—"),
      schema.enum.map((option) => h("option", { value: option, selected: option === (value ?? schema.default) }, enumLabel(refName, option))));
  } else if (type === "boolean" && isNullable(schema) && schema.default === undefined) {
    // Yes, no, or left to the server (a callback asks the code word unless told not to): absent when "—".
    // A boolean with a documented default is a checkbox showing it, nullable or not.
    input = h("select", { ...common, "data-tristate": "true" }, [["", "—"], ["true", t("form.yes")], ["false", t("form.no")]]
      .map(([option, text]) => h("option", { value: option, selected: option === (value === undefined || value === null ? "" : String(value)) }, text)));
  } else if (type === "boolean") {
    input = h("input", { ...common, type: "checkbox", checked: Boolean(value ?? schema.default) });
  } else if (schema.format === "uuid" && context.references) {
    input = h("select", common);
    entry.refresh = (values) => fillReference(input, context.references(name, values), value);
    entry.refresh({});
  } else if (type === "integer" || type === "number") {
    input = h("input", { ...common, type: "number", step: type === "integer" ? "1" : "any", min: schema.minimum, max: schema.maximum, value: value ?? schema.default ?? "" });
  } else if (schema.format === "date-time") {
    input = h("input", { ...common, type: "datetime-local", value: value ? stationInputValue(new Date(value)) : "" });
  } else {
    const secret = schema["x-vigie-secret"];
    input = h("input", {
      ...common, type: "text", value: value ?? (typeof schema.default === "string" ? schema.default : ""), autocomplete: "off",
      "data-pattern": schema.pattern, "data-max-length": schema.maxLength, "data-secret": secret ? "true" : null,
      placeholder: secret && context.withheld.includes(name) ? t("form.secretKept") : null,
    });
  }
  entry.input = input;
  return input;
}

async function fillReference(select, pending, value) {
  const reference = await pending;
  const current = select.value || value || "";
  select.disabled = !reference;
  select.replaceChildren(h("option", { value: "" }, "—"),
    ...(reference?.options ?? []).map(([id, label]) => h("option", { value: id, selected: id === current }, label)));
}

function readInput(input, type, schema, required) {
  if (type === "boolean" && input.dataset.tristate) return input.value === "" ? undefined : input.value === "true";
  if (type === "boolean") return input.checked;
  const raw = input.value.trim();
  if (raw === "") {
    // An empty secret keeps the stored one; an empty optional field is absent.
    return required && !input.dataset.secret ? "" : undefined;
  }
  if (type === "integer" || type === "number") return Number(raw);
  if (schema.format === "date-time") return fromStationInput(raw);
  return raw;
}

/** Lists: of simple values as one comma-separated field; of objects as rows that can be added, moved and removed. */
function arrayField(components, path, name, schema, required, value, context) {
  const { schema: items, refName } = resolve(components, schema.items ?? {});
  const label = fieldLabel(name, context.schemaName);
  if (baseType(items) !== "object") {
    const id = `field-${path.replace(/[^\w]/g, "-")}`;
    const input = h("input", { id, type: "text", "data-path": path, "data-required": String(Boolean(schema.minItems)), value: (value ?? []).join(", "), "aria-describedby": `${id}-error` });
    context.inputs.push({ input });
    const integer = baseType(items) === "integer";
    return {
      name,
      element: h("div", { class: "form-row" }, h("label", { for: id }, label, h("small", { class: "muted" }, ` (${t("form.commaSeparated")})`)), input,
        h("span", { class: "field-error", id: `${id}-error` })),
      read: () => input.value.split(/[,;\s]+/).filter(Boolean).map((item) => (integer ? Number(item) : item)),
    };
  }
  const rows = [];
  const list = h("ol", { class: "array-rows", "data-path": path, id: `field-${path.replace(/[^\w]/g, "-")}`, tabindex: "-1" });
  const addButton = h("button", { type: "button", class: "add-row", onclick: () => { add({}); rows.at(-1).element.querySelector("input, select")?.focus(); } }, "+ ", t("form.add", { what: label }));

  function renumber() {
    rows.forEach((row, index) => { row.index = index; });
  }

  function add(itemValue) {
    const row = { index: rows.length };
    const inner = objectField(components, `${path}[${row.index}]`, items, itemValue, context);
    row.read = inner.read;
    const move = (step) => {
      const at = rows.indexOf(row);
      const target = at + step;
      if (target < 0 || target >= rows.length) return;
      rows.splice(at, 1);
      rows.splice(target, 0, row);
      list.replaceChildren(...rows.map((candidate) => candidate.element));
      renumber();
    };
    row.element = h("li", { class: "array-row" }, inner.element,
      h("div", { class: "row-actions" },
        h("button", { type: "button", "aria-label": t("form.up"), onclick: () => move(-1) }, "↑"),
        h("button", { type: "button", "aria-label": t("form.down"), onclick: () => move(1) }, "↓"),
        h("button", { type: "button", "aria-label": t("form.remove"), onclick: () => { rows.splice(rows.indexOf(row), 1); row.element.remove(); renumber(); } }, "✕")));
    rows.push(row);
    list.append(row.element);
  }

  for (const item of value ?? []) add(item);
  if (rows.length === 0 && schema.minItems) add({});
  return {
    name,
    element: h("fieldset", { class: "nested" }, h("legend", {}, label), list, addButton),
    read: () => rows.map((row) => row.read()),
    replace(values) {
      rows.splice(0).forEach((row) => row.element.remove());
      values.forEach(add);
    },
    refName,
  };
}
