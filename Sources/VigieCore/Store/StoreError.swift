import Foundation

/// Why the store refused an operation; each case maps to one HTTP status in the API.
public enum StoreError: Error, Sendable, Hashable {
    /// No entity of this kind has this id.
    case notFound(kind: String, id: String)
    /// Another entity already has this unique key (an account on the same receiver line).
    case duplicate(kind: String, field: String, value: String)
    /// The entity points to a parent or reference that does not exist.
    case missingReference(field: String, kind: String, id: UUID)
    /// The entity still has children (a site with zones) and cannot be deleted.
    case hasDependents(kind: String, count: Int)
    /// Someone changed the entity since it was read (optimistic concurrency).
    case versionConflict(expected: Int, actual: Int)
}
