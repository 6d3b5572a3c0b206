// The administration's resources: where each lives in the API, its schema in the OpenAPI document, the
// columns of its list, and which entity its reference fields point to.
import { addressLine, dateTime } from "../../format.js";
import { t } from "../../i18n.js";
import { enumLabel as schemaEnumLabel } from "./schema-form.js";

/** Reference fields → the resource whose items they name. */
export const references = {
  customerID: "customers",
  siteID: "sites",
  supervisionProfileID: "supervision-profiles",
};

const text = (name) => (item) => item[name] ?? "";
const enumLabel = (prefix, name) => (item) => (item[name] == null ? "" : t(`${prefix}.${item[name]}`));
/** A value of one of the document's enumerations (`CustomerKind`), as the forms label it. */
const choice = (refName, name) => (item) => (item[name] == null ? "" : schemaEnumLabel(refName, item[name]));
const parentName = (names, field) => (item) => names(field, item[field]);

/**
 * `names(field, id)` gives the label of a referenced entity (loaded by the view). Each kind says the least role the
 * server lets read it (`read`, every signed-in role when absent) and write it (`write`, the administrator when
 * absent): an operator writes temporary instructions; users and the CSV exchange are the administrator's alone.
 */
export function kinds(names) {
  return [
    { kind: "customers", schema: "Customer", columns: [["name", text("name")], ["reference", text("reference")], ["kind", choice("CustomerKind", "kind")], ["phone", text("phone")]] },
    { kind: "sites", schema: "Site", parent: "customerID",
      columns: [["name", text("name")], ["reference", text("reference")], ["address", (item) => addressLine(item.address)], ["riskLevel", enumLabel("risk", "riskLevel")], ["customerID", parentName(names, "customerID")]] },
    { kind: "transmitters", schema: "Transmitter", parent: "siteID", lastSignal: true,
      columns: [["account", text("account")], ["siteID", parentName(names, "siteID")], ["wireProtocol", choice("WireProtocol", "wireProtocol")], ["model", text("model")]] },
    { kind: "zones", schema: "Zone", parent: "siteID",
      columns: [["siteID", parentName(names, "siteID")], ["number", text("number")], ["type", enumLabel("zoneType", "type")], ["description", text("description")]] },
    { kind: "contacts", schema: "Contact", parent: "siteID",
      columns: [["siteID", parentName(names, "siteID")], ["callOrder", text("callOrder")], ["name", text("name")], ["role", text("role")]] },
    { kind: "procedures", schema: "Procedure", parent: "scopeID",
      columns: [["scope", enumLabel("scope", "scope")], ["scopeID", (item) => (item.scopeID ? names(item.scope === "site" ? "siteID" : "customerID", item.scopeID) : "")],
        ["category", enumLabel("category", "category")], ["title", text("title")]] },
    { kind: "opening-schedules", schema: "OpeningSchedule", parent: "siteID",
      columns: [["siteID", parentName(names, "siteID")], ["periods", (item) => String(item.periods.length)], ["toleranceMinutes", text("toleranceMinutes")]] },
    { kind: "temporary-instructions", schema: "TemporaryInstruction", parent: "siteID", write: "operator",
      columns: [["siteID", parentName(names, "siteID")], ["text", text("text")], ["validFrom", (item) => dateTime(item.validFrom)], ["validUntil", (item) => dateTime(item.validUntil)]] },
    { kind: "closure-codes", schema: "ClosureCode", columns: [["code", text("code")], ["label", text("label")], ["outcome", choice("ClosureOutcome", "outcome")], ["active", (item) => (item.active ? "✓" : "✗")]] },
    { kind: "supervision-profiles", schema: "SupervisionProfile", columns: [["name", text("name")], ["reportingIntervalSeconds", text("reportingIntervalSeconds")], ["graceSeconds", text("graceSeconds")]] },
    { kind: "devices", schema: "Device", parent: "siteID",
      columns: [["siteID", parentName(names, "siteID")], ["name", text("name")], ["driver", choice("DeviceDriver", "driver")], ["host", text("host")], ["zones", (item) => item.zones.join(", ")]] },
    { kind: "users", schema: "User", createSchema: "NewUser", read: "admin", columns: [["username", text("username")], ["displayName", text("displayName")], ["role", enumLabel("role", "role")], ["active", (item) => (item.active ? "✓" : "✗")]] },
    { kind: "receivers", readOnly: true },
    { kind: "import", exchange: true, read: "admin" },
  ];
}
