import VigieCore

/// The five CRUD operations of each configuration kind, generated from `ConfigResource.all`, and the
/// operator actions on sites and contacts.
extension APIOperations {
    static func configuration(for resource: ConfigResource) -> [OpenAPIOperation] {
        let collection = "/api/v1/\(resource.pathSegment)"
        let item = collection + "/{id}"
        let name = resource.schemaName
        let writer = resource.writeRole
        var filters = [
            OpenAPIParameter.query("parentID", "Only the items that belong to this parent.", .uuid),
            .query(
                "ids",
                "Only these items: up to \(ListQuery.maximumIDs) ids separated by commas (unknown ones are left out; paging is ignored).",
                .uuidList(maximum: ListQuery.maximumIDs)),
        ]
        if let parent = resource.parentFilter {
            filters.append(.query(parent.name, "Only the items of this \(parent.parent) (the same as parentID).", .uuid))
        }
        let secrets = resource.type.secretFieldNames
        let secretNote = secrets.isEmpty ? "" : " Secrets (\(secrets.joined(separator: ", "))) are shown only to administrators."
        return [
            OpenAPIOperation(
                method: .get, path: collection, operationID: "list\(resource.pluralIdentifier)", summary: "List \(resource.plural)",
                description: "Any signed-in role. Secrets are never shown in lists; `withheld` names those that are set.",
                tag: resource.tag, access: .session(.operator), parameters: OpenAPIParameter.paging() + filters,
                response: .ok(APISchemas.pageName(of: name))),
            OpenAPIOperation(
                method: .post, path: collection, operationID: "create\(name)", summary: "Create \(resource.singularWithArticle)",
                description: "Needs the \(writer.rawValue) role. The server makes the id unless one is given.",
                tag: resource.tag, access: .session(writer), requestSchema: name, response: .created(name),
                specificErrors: [.conflict, .unprocessableContent]),
            OpenAPIOperation(
                method: .get, path: item, operationID: "get\(name)", summary: "Read \(resource.singularWithArticle)",
                description: "Any signed-in role.\(secretNote)",
                tag: resource.tag, access: .session(.operator), parameters: [.id(of: resource.singular)], response: .ok(name)),
            OpenAPIOperation(
                method: .put, path: item, operationID: "update\(name)", summary: "Replace \(resource.singularWithArticle)",
                description: """
                    Needs the \(writer.rawValue) role. Send the whole entity; with `version`, a change by someone else since \
                    is a 409. An absent secret keeps its value, "" clears it.
                    """,
                tag: resource.tag, access: .session(writer), parameters: [.id(of: resource.singular)], requestSchema: name,
                response: .ok(name), specificErrors: [.conflict, .unprocessableContent]),
            OpenAPIOperation(
                method: .delete, path: item, operationID: "delete\(name)", summary: "Delete \(resource.singularWithArticle)",
                description: "Needs the \(writer.rawValue) role. An item that still has children (a site with zones) is a 409.",
                tag: resource.tag, access: .session(writer), parameters: [.id(of: resource.singular)], response: .noContent,
                specificErrors: [.conflict]),
        ]
    }

    static let operatorActions: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .post, path: "/api/v1/sites/{id}/mode", operationID: "changeSiteMode",
            summary: "Put a site on test, out of service or back to normal",
            description: """
                On test, signals are logged but not alarmed for `minutes` (1 to 1440) or until `until`; the site returns to \
                normal by itself. outOfService needs the supervisor role. Answers the updated site, secrets withheld.
                """,
            tag: "Sites", access: .session(.operator), parameters: [.id(of: "site")], requestSchema: "ModeChange",
            response: .ok("Site"), specificErrors: [.unprocessableContent]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/contacts/{id}/check-word", operationID: "checkContactWord", summary: "Check a contact's code word",
            description: """
                Compares the word given on the phone with the contact's code word and duress word, without revealing \
                them; the check is written to the logbook. `duress` means the caller is under threat.
                """,
            tag: "Contacts", access: .session(.operator), parameters: [.id(of: "contact")], requestSchema: "WordCheck",
            response: .ok("WordCheckResult")),
    ]
}
