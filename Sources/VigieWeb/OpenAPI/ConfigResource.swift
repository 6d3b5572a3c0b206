import Foundation
import VigieCore

/// One kind of configuration entity served by the generic `ConfigController`: the table from which its five
/// CRUD operations and its paged list schema are generated, so adding a kind is one line here.
struct ConfigResource: Sendable {
    var type: any ConfigEntity.Type
    /// The query parameter that filters by parent besides `parentID` (`siteID` for zones), as in `WebApplication`.
    var parentFilter: (name: String, parent: String)?
    /// The role that creates, updates and deletes; every signed-in role reads.
    var writeRole: Role = .admin

    /// The order of the document's tags and paths.
    static let all: [ConfigResource] = [
        ConfigResource(type: Customer.self),
        ConfigResource(type: Site.self, parentFilter: ("customerID", "customer")),
        ConfigResource(type: Transmitter.self, parentFilter: ("siteID", "site")),
        ConfigResource(type: Zone.self, parentFilter: ("siteID", "site")),
        ConfigResource(type: Contact.self, parentFilter: ("siteID", "site")),
        ConfigResource(type: Procedure.self, parentFilter: ("scopeID", "customer or site (the procedure's scope)")),
        ConfigResource(type: OpeningSchedule.self, parentFilter: ("siteID", "site")),
        ConfigResource(type: TemporaryInstruction.self, parentFilter: ("siteID", "site"), writeRole: .operator),
        ConfigResource(type: ClosureCode.self),
        ConfigResource(type: SupervisionProfile.self),
        ConfigResource(type: Device.self, parentFilter: ("siteID", "site")),
    ]

    /// The path segment under `/api/v1`: `opening-schedules`.
    var pathSegment: String { type.kind.rawValue }
    /// The schema name, the Swift type's name: `OpeningSchedule`.
    var schemaName: String { String(describing: type) }
    /// For sentences: `opening schedule`, `opening schedules`.
    var singular: String { Self.words(schemaName) }
    /// `an opening schedule`, `a site`.
    var singularWithArticle: String { ("aeiou".contains(singular.prefix(1)) ? "an " : "a ") + singular }
    var plural: String { pathSegment.replacingOccurrences(of: "-", with: " ") }
    /// The tag: `Opening schedules`.
    var tag: String { plural.prefix(1).uppercased() + plural.dropFirst() }
    /// For operation ids: `OpeningSchedules`.
    var pluralIdentifier: String {
        pathSegment.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `OpeningSchedule` → `opening schedule`.
    private static func words(_ camelCase: String) -> String {
        camelCase.reduce(into: "") { text, character in
            if character.isUppercase, !text.isEmpty { text.append(" ") }
            text.append(contentsOf: character.lowercased())
        }
    }
}
