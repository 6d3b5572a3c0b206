import Foundation

/// A transmitter's link went down or came back, as ``LinkSupervisor`` reports it.
public struct LinkChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Nothing was heard before the deadline (interval plus grace after the last contact).
        case lost
        /// Traffic was heard again from a transmitter whose link was lost.
        case restored
    }

    public var transmitterID: UUID
    public var kind: Kind
    /// For ``Kind/lost``, the deadline that passed; for ``Kind/restored``, when the traffic was received.
    public var at: Date
    /// The last contact before the change (the start of supervision for a transmitter never heard).
    public var lastHeardAt: Date

    public init(transmitterID: UUID, kind: Kind, at: Date, lastHeardAt: Date) {
        self.transmitterID = transmitterID
        self.kind = kind
        self.at = at
        self.lastHeardAt = lastHeardAt
    }
}
