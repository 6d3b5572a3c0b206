import Foundation

/// The logbook entries that record configuration changes, the same for every store.
///
/// Before and after values are kept without secrets: the logbook says that a code word changed, never what it is.
public enum ConfigChangeLog {
    struct Details<Entity: ConfigEntity>: Encodable {
        var kind: String
        var id: UUID
        var before: Entity?
        var after: Entity?
        var secretsChanged: [String]
    }

    public static func created<Entity: ConfigEntity>(_ entity: Entity, by author: Author) -> LogbookDraft {
        draft(.configCreated, before: nil, after: entity, verb: "created", by: author)
    }

    public static func updated<Entity: ConfigEntity>(from before: Entity, to after: Entity, by author: Author) -> LogbookDraft {
        draft(.configUpdated, before: before, after: after, verb: "updated", by: author)
    }

    public static func deleted<Entity: ConfigEntity>(_ entity: Entity, by author: Author) -> LogbookDraft {
        draft(.configDeleted, before: entity, after: nil, verb: "deleted", by: author)
    }

    private static func draft<Entity: ConfigEntity>(
        _ kind: LogbookKind, before: Entity?, after: Entity?, verb: String, by author: Author
    ) -> LogbookDraft {
        let subject = (after ?? before)!
        let changedSecrets = zip(Entity.secretFields, Entity.secretFieldNames).compactMap { keyPath, name in
            before?[keyPath: keyPath] != after?[keyPath: keyPath] ? name : nil
        }
        let details = Details(
            kind: Entity.kind.rawValue, id: subject.id, before: before?.redacted().entity, after: after?.redacted().entity,
            secretsChanged: changedSecrets)
        return LogbookDraft(
            kind: kind, author: author, siteID: subject.siteID,
            summary: "\(Entity.kind.singularName) \(subject.label) \(verb)", details: details)
    }
}

extension ConfigEntity {
    /// The site this entity concerns, so that a site's logbook shows its configuration history.
    public var siteID: UUID? {
        if Self.kind == .site { return id }
        if let parent, parent.kind == .site { return parent.id }
        return nil
    }
}

extension EntityKind {
    /// "site", "closure code": for logbook sentences and error messages.
    public var singularName: String {
        switch self {
        case .customer: "customer"
        case .site: "site"
        case .transmitter: "transmitter"
        case .zone: "zone"
        case .contact: "contact"
        case .procedure: "procedure"
        case .openingSchedule: "opening schedule"
        case .temporaryInstruction: "temporary instruction"
        case .closureCode: "closure code"
        case .supervisionProfile: "supervision profile"
        case .device: "device"
        }
    }
}
