import Foundation

/// What configuration changed since the last look, read from the logbook entries that record every change:
/// which entities of which kind, so that each cache reloads only for the kinds it holds, and the account
/// directory only the transmitters that changed.
public struct ConfigurationChange: Sendable, Hashable {
    /// The ids changed, by kind.
    public private(set) var ids: [EntityKind: Set<UUID>] = [:]
    /// More changed than was read (an import of thousands of lines): every cache reloads whole.
    public var everything = false

    public init() {}

    /// Everything changed (a start-up, a missed look).
    public static var all: ConfigurationChange {
        var change = ConfigurationChange()
        change.everything = true
        return change
    }

    /// The logbook kinds that record a configuration change.
    public static let logbookKinds: [LogbookKind] = [.configCreated, .configUpdated, .configDeleted]

    private struct Subject: Decodable {
        var kind: EntityKind
        var id: UUID
    }

    /// Adds what `entry` records; an entry of another kind adds nothing, one whose details cannot be read makes the
    /// change `everything` (never miss a change).
    public mutating func add(_ entry: LogbookEntry) {
        switch entry.kind {
        case .configCreated, .configUpdated, .configDeleted:
            guard let subject = try? VigieJSON.decoder().decode(Subject.self, from: Data(entry.details.utf8)) else {
                everything = true
                return
            }
            ids[subject.kind, default: []].insert(subject.id)
        default:
            break
        }
    }

    /// Adds what `other` says changed.
    public mutating func merge(_ other: ConfigurationChange) {
        ids.merge(other.ids) { $0.union($1) }
        everything = everything || other.everything
    }

    /// Returns what changed and starts again from nothing: how a cache takes the changes pending since its last update.
    public mutating func drain() -> ConfigurationChange {
        defer { self = ConfigurationChange() }
        return self
    }

    /// Whether anything of `kinds` changed (or everything did).
    public func touches(_ kinds: Set<EntityKind>) -> Bool {
        everything || !kinds.isDisjoint(with: ids.keys)
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { !everything && ids.isEmpty }
}
