import Foundation

/// A piece of station configuration that administrators create, read, update and delete.
///
/// The store keeps every kind the same way (validated value, parent link, unique key, search text),
/// so one generic code path serves all of them on SQLite and PostgreSQL alike, and every change is
/// written to the logbook with its before and after values.
public protocol ConfigEntity: Codable, Sendable, Equatable, Identifiable where ID == UUID {
    static var kind: EntityKind { get }
    /// Secret fields: never in list views, only shown to administrators, never written to the logbook.
    static var secretFields: [any WritableKeyPath<Self, String?> & Sendable] { get }
    /// The names of ``secretFields`` as they appear in JSON, in the same order.
    static var secretFieldNames: [String] { get }

    var id: UUID { get set }
    /// The entity this one belongs to, checked to exist on write; a parent with children cannot be deleted.
    var parent: EntityReference? { get }
    /// Other entities this one points to, which must exist when it is written.
    var references: [EntityReference] { get }
    /// A key that no two entities of this kind may share (an account on a receiver line, a closure code).
    var uniqueKey: String? { get }
    /// The JSON field an administrator changes to resolve a duplicate ``uniqueKey``.
    static var uniqueKeyField: String { get }
    /// A short name for logbook sentences: the site's name, "account 4F21".
    var label: String { get }
    /// Lower-cased words that free-text search matches.
    var searchText: String { get }
    /// Checks every field and reports all the invalid ones.
    func validate() throws(ValidationError)
}

extension ConfigEntity {
    public static var secretFields: [any WritableKeyPath<Self, String?> & Sendable] { [] }
    public static var secretFieldNames: [String] { [] }
    public var references: [EntityReference] { [] }
    public var uniqueKey: String? { nil }
    public static var uniqueKeyField: String { "id" }

    /// A copy without its secrets, and the names of the secrets that were set.
    public func redacted() -> (entity: Self, withheld: [String]) {
        var copy = self
        var withheld: [String] = []
        for (keyPath, name) in zip(Self.secretFields, Self.secretFieldNames) where copy[keyPath: keyPath] != nil {
            copy[keyPath: keyPath] = nil
            withheld.append(name)
        }
        return (copy, withheld)
    }

    /// Applies the update convention for secrets: absent keeps the stored value, an empty string clears it.
    public func keepingSecrets(of stored: Self) -> Self {
        var copy = self
        for keyPath in Self.secretFields {
            switch copy[keyPath: keyPath] {
            case nil: copy[keyPath: keyPath] = stored[keyPath: keyPath]
            case ""?: copy[keyPath: keyPath] = nil
            default: break
            }
        }
        return copy
    }
}

extension String {
    /// Joins non-empty search words into one lower-cased, accent-folded string.
    public static func searchText(_ parts: String?...) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ").searchFolded
    }

    /// Lower-cased and without accents, so that "Vénissieux" is found by "venissieux".
    public var searchFolded: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR")).lowercased()
    }
}
