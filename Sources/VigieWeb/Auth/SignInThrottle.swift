import Foundation

/// Which sign-ins are refused for now, after failures: per account *and source address*, and per address.
///
/// A lock of the account alone would let anyone lock an operator on shift out with a few wrong passwords
/// from anywhere; keyed by the pair, a guesser locks only itself out of that account, and the operator's own
/// console still signs in. The address's own limit, over every name it tries, bounds guessing across accounts.
/// Unknown names count and lock exactly as known ones, so the answers never tell them apart.
///
/// Kept in memory, per node: a restart forgets it (the store keeps every failure in the logbook). Behind a
/// reverse proxy every sign-in comes from the proxy's address, which the per-address limit then applies to.
struct SignInThrottle: Sendable {
    struct Limits: Sendable {
        /// Consecutive failures for one name from one address before that pair is locked.
        var perAccountAndAddress: Int
        /// Failures from one address, whatever the names, before the address is locked.
        var perAddress: Int
        var lockDuration: TimeInterval
        /// Pairs and addresses remembered; beyond, those with no lock running are forgotten first.
        var maximumEntries = 100_000
    }

    private struct Key: Hashable {
        var address: String
        var username: String?
    }

    private struct Failures {
        var count = 0
        var lockedUntil: Date?
    }

    let limits: Limits
    private var failures: [Key: Failures] = [:]

    init(limits: Limits) { self.limits = limits }

    /// When the lock on `username` from `address` ends, if one is running.
    func lockedUntil(username: String, address: String, at now: Date) -> Date? {
        let locks = [Key(address: address, username: username), Key(address: address)].compactMap { failures[$0]?.lockedUntil }
        return locks.filter { $0 > now }.max()
    }

    /// A failed sign-in: counts for the pair and for the address, and locks whichever reached its limit.
    mutating func failed(username: String, address: String, at now: Date) {
        count(Key(address: address, username: username), limit: limits.perAccountAndAddress, at: now)
        count(Key(address: address), limit: limits.perAddress, at: now)
        if failures.count > limits.maximumEntries {
            failures = failures.filter { $0.value.lockedUntil.map { $0 > now } ?? false }
        }
    }

    /// A successful sign-in clears the pair's failures (not the address's: one known password must not reset
    /// the guessing of others).
    mutating func succeeded(username: String, address: String) {
        failures[Key(address: address, username: username)] = nil
    }

    private mutating func count(_ key: Key, limit: Int, at now: Date) {
        var entry = failures[key] ?? Failures()
        if let until = entry.lockedUntil, until <= now { entry = Failures() }
        entry.count += 1
        if entry.count >= limit { entry.lockedUntil = now.addingTimeInterval(limits.lockDuration) }
        failures[key] = entry
    }
}
