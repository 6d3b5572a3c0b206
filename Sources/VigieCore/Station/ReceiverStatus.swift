import Foundation

/// What the station shows about a receiver: up or down, how busy, when it last heard a frame.
public struct ReceiverStatus: Codable, Sendable, Hashable {
    public var name: String
    public var kind: String
    public var listening: String?
    public var up: Bool
    public var connections: Int
    public var frames: Int
    public var lastFrameAt: Date?
    /// Datagrams dropped unanswered because too many were waiting for their commit (a UDP flood).
    public var dropped = 0
    /// Refused frames answered (NAK) but not stored, beyond the sample kept per source and minute.
    public var refusedNotStored = 0
    /// TCP connections closed to protect the receiver (too many from one address, silent, sending garbage).
    public var connectionsShed = 0

    public init(name: String, kind: String, listening: String?, up: Bool, connections: Int, frames: Int, lastFrameAt: Date?) {
        self.name = name
        self.kind = kind
        self.listening = listening
        self.up = up
        self.connections = connections
        self.frames = frames
        self.lastFrameAt = lastFrameAt
    }
}
