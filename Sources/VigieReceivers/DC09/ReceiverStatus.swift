import Foundation
import Synchronization

/// What the station shows about a receiver: up or down, how busy, when it last heard a frame.
public struct ReceiverStatus: Codable, Sendable, Hashable {
    public var name: String
    public var kind: String
    public var listening: String?
    public var up: Bool
    public var connections: Int
    public var frames: Int
    public var lastFrameAt: Date?

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

/// Where every receiver reports its status, for the API and station self-monitoring.
public final class ReceiverRegistry: Sendable {
    private let statuses = Mutex<[String: ReceiverStatus]>([:])

    public init() {}

    public func update(_ name: String, _ change: (inout ReceiverStatus) -> Void) {
        statuses.withLock { statuses in
            var status = statuses[name] ?? ReceiverStatus(name: name, kind: "", listening: nil, up: false, connections: 0, frames: 0, lastFrameAt: nil)
            change(&status)
            statuses[name] = status
        }
    }

    public var all: [ReceiverStatus] {
        statuses.withLock { Array($0.values) }.sorted { $0.name < $1.name }
    }
}
