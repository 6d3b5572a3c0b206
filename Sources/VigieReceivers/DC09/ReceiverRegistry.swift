import Foundation
import Synchronization
import VigieCore

/// Where every receiver reports its status, for the API and station self-monitoring.
public final class ReceiverRegistry: Sendable {
    private let statuses = Mutex<[String: ReceiverStatus]>([:])

    public init() {}

    public func update(_ name: String, _ change: (inout ReceiverStatus) -> Void) {
        statuses.withLock { statuses in
            var status =
                statuses[name] ?? ReceiverStatus(name: name, kind: "", listening: nil, up: false, connections: 0, frames: 0, lastFrameAt: nil)
            change(&status)
            statuses[name] = status
        }
    }

    public var all: [ReceiverStatus] {
        statuses.withLock { Array($0.values) }.sorted { $0.name < $1.name }
    }
}
