import Synchronization

/// Holds the simulated panels' events back while it is set, and can be switched while they run (`vigie demo`'s
/// SIGUSR1), so that a trainer can quiet a station to play one story, then let it live again.
///
/// Paused panels keep polling, and keep opening and closing at their sites' hours: a station that stopped
/// hearing from them, or saw a shop not armed at closing time, would raise exactly the alarms a pause is for
/// avoiding. Read before every signal; shared by every panel's task, hence the lock.
public final class TrafficPause: Sendable {
    private let paused: Mutex<Bool>

    public init(paused: Bool = false) {
        self.paused = Mutex(paused)
    }

    public var isPaused: Bool { paused.withLock { $0 } }

    /// Pauses or resumes the traffic (the console's switch).
    public func set(paused wanted: Bool) {
        paused.withLock { $0 = wanted }
    }

    /// Pauses playing traffic, or resumes paused traffic.
    /// - Returns: whether the traffic is now paused.
    @discardableResult
    public func toggle() -> Bool {
        paused.withLock { paused in
            paused.toggle()
            return paused
        }
    }
}
