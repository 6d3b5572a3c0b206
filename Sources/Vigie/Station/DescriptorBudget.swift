#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many file descriptors the DC-09 receiver's connections may take, so that a flood of idle panels never
/// leaves the station without descriptors for its database, its HTTP console or its logs.
///
/// The receiver's default cap (20,000) once equalled the open-file limit: the process then crashed on the next
/// `open`. The cap is now whatever is configured, but never more than the limit less a reserve.
struct DescriptorBudget: Sendable, Equatable {
    /// The open-file limit the process runs with (its soft limit, after raising it to the hard one).
    var limit: Int
    /// Descriptors kept away from the receiver: a quarter of the limit, at least 512 or half of a small limit.
    var reserve: Int
    /// The receiver's connection cap: the configured one, lowered to fit the limit.
    var receiverConnections: Int
    /// The HTTP connection cap: the configured one, lowered to half the reserve (the rest is for the database
    /// and logs), so that HTTP clients cannot take the receivers' descriptors either.
    var httpConnections: Int

    init(limit: Int, configured: Int, configuredHTTP: Int = 1024) {
        self.limit = limit
        reserve = max(limit / 4, min(512, limit / 2))
        receiverConnections = max(1, min(configured, limit - reserve))
        httpConnections = max(1, min(configuredHTTP, reserve / 2))
    }

    /// Raises the soft open-file limit to the hard one (what an administrator allowed), and returns the result.
    /// When the system refuses, the current soft limit stays and is returned.
    static func raiseOpenFileLimit() -> Int {
        var limits = rlimit()
        guard getrlimit(resource, &limits) == 0 else { return 1024 }
        if limits.rlim_cur < limits.rlim_max {
            var raised = limits
            raised.rlim_cur = limits.rlim_max
            if setrlimit(resource, &raised) == 0 { limits = raised }
        }
        return Int(clamping: limits.rlim_cur)
    }

    #if canImport(Glibc)
    private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resource = RLIMIT_NOFILE
    #endif
}
