import Foundation
import VigieCore

/// How long sessions live and how sign-in failures are slowed down.
public struct SessionPolicy: Sendable {
    /// A session ends this long after sign-in whatever the activity: a control-room shift is 12 hours.
    public var maximumAge: TimeInterval
    /// A session ends after this long without any request (the console polls, so only a closed browser idles).
    public var idleTimeout: TimeInterval
    /// Consecutive failed sign-ins that lock an account.
    public var maximumFailedAttempts: Int
    /// How long a locked account stays locked.
    public var lockDuration: TimeInterval
    /// Added to every failed sign-in answer, to slow guessing.
    public var failureDelay: Duration
    /// Marks the cookie `Secure` (set when Vigie is served over HTTPS, directly or behind a proxy).
    public var secureCookie: Bool
    /// The clock idle time and age are measured on (its monotonic reading; times stored for the record come
    /// from the application's wall clock); tests pass a controllable one.
    public var clock: StationClock

    public init(
        maximumAge: TimeInterval = 13 * 3600, idleTimeout: TimeInterval = 30 * 60, maximumFailedAttempts: Int = 5,
        lockDuration: TimeInterval = 15 * 60, failureDelay: Duration = .milliseconds(500), secureCookie: Bool = false,
        clock: StationClock = .system
    ) {
        self.maximumAge = maximumAge
        self.idleTimeout = idleTimeout
        self.maximumFailedAttempts = maximumFailedAttempts
        self.lockDuration = lockDuration
        self.failureDelay = failureDelay
        self.secureCookie = secureCookie
        self.clock = clock
    }

    /// The cookie that carries the session id.
    public static let cookieName = "vigie_session"
    /// The header that carries the CSRF token on state-changing requests.
    public static let csrfHeader = "X-CSRF-Token"
}
