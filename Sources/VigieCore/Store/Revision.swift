import Foundation

/// A stored entity with its version, for optimistic concurrency between two administrators.
public struct Revision<Entity: ConfigEntity>: Sendable, Equatable {
    public var entity: Entity
    /// Starts at 1 and grows by one on each update.
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(entity: Entity, version: Int, createdAt: Date, updatedAt: Date) {
        self.entity = entity
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
