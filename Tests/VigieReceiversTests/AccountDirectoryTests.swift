import Foundation
import Logging
import Testing
import VigieCore
import VigieReceivers
import VigieStoreSQLite
import VigieTestSupport

/// The receivers' account directory follows configuration changes by reading only the transmitters that changed
/// (issue 13: every POST reloaded every transmitter).
@Suite struct AccountDirectoryTests {
    @Test func readsOnlyTheTransmittersItIsToldChanged() async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-directory").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        let pharmacy = try await store.create(Samples.transmitter(siteID: site.id, account: "4F21"), by: .system).entity
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        // No periodic refresh during the test: what the directory knows comes from what it is told.
        let directory = AccountDirectory(store: store, refreshInterval: .seconds(3600), logger: logger)
        try await withRunningServices([directory], logger: logger) {
            while directory.count < 1 { try await Task.sleep(for: .milliseconds(5)) }
            let jeweller = try await store.create(Samples.transmitter(siteID: site.id, account: "7C30"), by: .system).entity
            try await store.delete(Transmitter.self, id: pharmacy.id, by: .system)

            // A change of another kind reads nothing.
            var contact = ConfigurationChange()
            contact.add(
                LogbookEntry(
                    sequence: 1, at: clock.now, draft: ConfigChangeLog.created(Samples.contact(siteID: site.id), by: .system), previousHash: ""))
            directory.configurationChanged(contact)
            try await Task.sleep(for: .milliseconds(100))
            #expect(directory.lookup(account: "7C30", receiver: "1", line: "1") == nil)
            #expect(directory.lookup(account: "4F21", receiver: nil, line: nil)?.transmitterID == pharmacy.id)

            var change = ConfigurationChange()
            for draft in [ConfigChangeLog.created(jeweller, by: .system), ConfigChangeLog.deleted(pharmacy, by: .system)] {
                change.add(LogbookEntry(sequence: 2, at: clock.now, draft: draft, previousHash: ""))
            }
            directory.configurationChanged(change)
            for _ in 0..<200 where directory.knows(account: "4F21") { try await Task.sleep(for: .milliseconds(5)) }
            #expect(directory.lookup(account: "7C30", receiver: nil, line: nil)?.transmitterID == jeweller.id)
            #expect(!directory.knows(account: "4F21") && directory.count == 1)
        }
    }
}
