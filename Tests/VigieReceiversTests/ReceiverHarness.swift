import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import VigieCore
import VigieProtocols
import VigieReceivers
import VigieStoreSQLite
import VigieTestSupport

/// A real receiver on a loopback port, over a real SQLite store, with the station's services around it.
struct ReceiverHarness {
    let store: SQLiteStore
    let clock: TestClock
    let directory: AccountDirectory
    let ingest: IngestQueue
    let receiver: DC09Receiver
    let registry: ReceiverRegistry
    let port: Int

    static let key = DC09Key(hex: "000102030405060708090A0B0C0D0E0F")!

    /// Starts the receiver, configures the pharmacy of story 1 (account 4F21, and an encrypted 9A01), runs `body`, stops.
    /// - Parameter startsIngest: `false` leaves the ingest queue stopped, so that frames wait for a commit until the
    ///   test runs it.
    static func run(
        configuration: DC09ReceiverConfiguration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0), startsIngest: Bool = true,
        _ body: @Sendable (ReceiverHarness) async throws -> Void
    ) async throws {
        let clock = TestClock(Date())
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-receiver").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        _ = try await store.create(Samples.transmitter(siteID: site.id, account: "4F21"), by: .system)
        _ = try await store.create(Samples.transmitter(siteID: site.id, account: "9A01", aesKey: "000102030405060708090A0B0C0D0E0F"), by: .system)

        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let directory = AccountDirectory(store: store, logger: logger)
        let ingest = IngestQueue(store: store, logger: logger)
        let registry = ReceiverRegistry()
        let receiver = DC09Receiver(
            configuration: configuration, ingest: ingest, directory: directory, registry: registry, logger: logger, now: clock.function)
        try await withRunningServices(startsIngest ? [directory, ingest, receiver] : [directory, receiver], logger: logger) {
            let port = await receiver.port()
            // The directory loads on start; wait until it knows the two transmitters.
            while directory.count < 2 { try await Task.sleep(for: .milliseconds(10)) }
            try await body(
                ReceiverHarness(store: store, clock: clock, directory: directory, ingest: ingest, receiver: receiver, registry: registry, port: port))
        }
    }

    /// A DC-09 frame as a panel sends it.
    func frame(
        sequence: String = "0001", account: String = "4F21", data: String = "#4F21|Nri1/BA003", token: DC09Token = .siaDCS,
        key: DC09Key? = nil, timestamp: Date? = nil, extendedData: [DC09ExtendedData] = []
    ) throws -> ByteBuffer {
        let stamp = (timestamp ?? (key != nil ? clock.now : nil)).map { DC09Timestamp(epochSeconds: Int64($0.timeIntervalSince1970)) }
        let message = DC09Message(
            token: token, isEncrypted: key != nil, sequence: sequence, receiver: "1", line: "1", account: account, data: data,
            extendedData: extendedData, timestamp: stamp)
        return try DC09FrameEncoder().encode(message, key: key)
    }
}
