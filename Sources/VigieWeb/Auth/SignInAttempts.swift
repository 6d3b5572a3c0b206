import Foundation
import Synchronization

/// The station's ``SignInThrottle``, shared by every sign-in request.
final class SignInAttempts: Sendable {
    private let throttle: Mutex<SignInThrottle>

    init(policy: SessionPolicy) {
        throttle = Mutex(
            SignInThrottle(
                limits: .init(
                    perAccountAndAddress: policy.maximumFailedAttempts, perAddress: policy.maximumFailedAttempts * 4,
                    lockDuration: policy.lockDuration)))
    }

    func lockedUntil(username: String, address: String, at now: Date) -> Date? {
        throttle.withLock { $0.lockedUntil(username: username, address: address, at: now) }
    }

    func failed(username: String, address: String, at now: Date) {
        throttle.withLock { $0.failed(username: username, address: address, at: now) }
    }

    func succeeded(username: String, address: String) {
        throttle.withLock { $0.succeeded(username: username, address: address) }
    }
}
