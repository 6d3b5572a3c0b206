import Configuration
import Logging
import Testing
import VigieReceivers
import VigieWeb

@testable import Vigie

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The receiver's connections never take the descriptors the database, HTTP and logs need.
@Suite struct DescriptorBudgetTests {
    struct Case: Sendable {
        var limit: Int
        var configured: Int
        var reserve: Int
        var cap: Int
        var http: Int
    }

    @Test(arguments: [
        // The crash: a cap equal to the limit. Now a quarter (at least 512) stays free.
        Case(limit: 20_000, configured: 20_000, reserve: 5_000, cap: 15_000, http: 1_024),
        Case(limit: 1_024, configured: 20_000, reserve: 512, cap: 512, http: 256),
        Case(limit: 256, configured: 20_000, reserve: 128, cap: 128, http: 64),
        Case(limit: 1_048_576, configured: 20_000, reserve: 262_144, cap: 20_000, http: 1_024),
        Case(limit: 65_536, configured: 100, reserve: 16_384, cap: 100, http: 1_024),
        Case(limit: 1, configured: 20_000, reserve: 0, cap: 1, http: 1),
    ])
    func theCapFitsUnderTheLimitWithAReserve(_ example: Case) {
        let budget = DescriptorBudget(limit: example.limit, configured: example.configured)
        #expect(budget.reserve == example.reserve)
        #expect(budget.receiverConnections == example.cap)
        #expect(budget.httpConnections == example.http)
    }

    @Test func startUpRaisesTheSoftLimitAndLowersTheConfiguredCap() throws {
        let loaded = try StationConfiguration(
            reader: ConfigReader(provider: InMemoryProvider(values: ["receiver.maximumConnections": ConfigValue(.int(Int.max / 2), isSecret: false)]))
        )
        let configuration = Bootstrap.descriptors(loaded, logger: Logger(label: "test"))
        var limits = rlimit()
        #if canImport(Glibc)
        #expect(getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limits) == 0)
        #else
        #expect(getrlimit(RLIMIT_NOFILE, &limits) == 0)
        #endif
        let soft = Int(clamping: limits.rlim_cur)
        #expect(soft == Int(clamping: limits.rlim_max) || soft >= 1024)
        #expect(configuration.receiver.maximumConnections == DescriptorBudget(limit: soft, configured: Int.max / 2).receiverConnections)
        #expect(configuration.receiver.maximumConnections < soft)
        #expect(configuration.web.maximumConnections + configuration.receiver.maximumConnections < soft)
    }
}
