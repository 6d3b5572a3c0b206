import Foundation

/// What an import did to the stored configuration.
public struct ImportCounts: Codable, Sendable, Hashable {
    public var created: Int
    public var updated: Int
    public var unchanged: Int

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
    }
}

/// The store refused the entity at `index` of an import, so nothing of the import was written.
public struct ImportFailure: Error, Sendable {
    /// Position of the refused entity in the list given to ``Store/importConfiguration(_:by:)``.
    public var index: Int
    /// Why: a ``ValidationError`` or a ``StoreError``.
    public var reason: any Error & Sendable

    public init(index: Int, reason: any Error & Sendable) {
        self.index = index
        self.reason = reason
    }
}

/// What an import did to one entity.
public enum ImportAction: String, Codable, Sendable, Hashable {
    case created, updated, unchanged
}
