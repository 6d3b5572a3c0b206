import Foundation
import Synchronization

/// A clock that tests move by hand, so that expiry and deadlines are checked without waiting.
public final class TestClock: Sendable {
    private let current: Mutex<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = Mutex(start)
    }

    public var now: Date { current.withLock { $0 } }

    public func advance(by interval: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(interval) }
    }

    /// The clock as the `now` closure the station's components take.
    public var function: @Sendable () -> Date { { self.now } }
}
