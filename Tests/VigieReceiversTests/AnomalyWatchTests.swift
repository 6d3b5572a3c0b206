import Foundation
import Testing
import VigieCore
import VigieReceivers

/// Unknown accounts and repeated decryption failures become one technical station signal each.
@Suite struct AnomalyWatchTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    private func signal(
        at offset: TimeInterval, account: String? = "BEEF", error: String? = nil, known: Bool = false, peer: String = "203.0.113.7:40000"
    ) -> SignalDraft {
        SignalDraft(
            receivedAt: start.addingTimeInterval(offset), receiver: "dc09", transport: .tcp, peer: peer, raw: "x", account: account, error: error,
            transmitterID: known ? UUID() : nil)
    }

    @Test func reportsAnUnknownAccountOncePerQuietPeriod() throws {
        let watch = AnomalyWatch(quietPeriod: 3600)
        let first = try #require(watch.inspect(signal(at: 0)))
        #expect(first.transport == .station && first.events.first?.code == "UNKNOWN-ACCOUNT" && first.events.first?.category == .technical)
        #expect(first.account == "BEEF")
        #expect(watch.inspect(signal(at: 90)) == nil)
        #expect(watch.inspect(signal(at: 3601)) != nil)
        #expect(watch.inspect(signal(at: 0, known: true)) == nil)
        #expect(watch.inspect(signal(at: 0, account: "CAFE")) != nil)
    }

    @Test func reportsRepeatedDecryptionFailuresFromOneSource() throws {
        let watch = AnomalyWatch(failureThreshold: 3, failureWindow: 600)
        #expect(watch.inspect(signal(at: 0, error: "cannotDecrypt")) == nil)
        #expect(watch.inspect(signal(at: 150, error: "cannotDecrypt")) == nil)
        // An old failure falls out of the window…
        #expect(watch.inspect(signal(at: 700, error: "cannotDecrypt")) == nil)
        // …and three within it make one report.
        let report = try #require(watch.inspect(signal(at: 710, error: "cannotDecrypt")))
        #expect(report.events.first?.code == "DECRYPT-FAILURES")
        #expect(report.events.first?.description.contains("account BEEF") == true)
        #expect(watch.inspect(signal(at: 720, error: "cannotDecrypt")) == nil)
        #expect(watch.inspect(signal(at: 720, error: "badCRC")) == nil)
    }

    @Test func garbageFromAWrongKeyCountsButClockSkewDoesNot() {
        #expect(AnomalyWatch.isKeyProblem("malformedField(data)", encrypted: true))
        #expect(!AnomalyWatch.isKeyProblem("malformedField(data)", encrypted: false))
        #expect(!AnomalyWatch.isKeyProblem("timestampOutsideWindow", encrypted: true))
        #expect(AnomalyWatch.isKeyProblem("cannotDecrypt", encrypted: false))
    }

    @Test func groupsFramesWithoutAnAccountByAddress() {
        let watch = AnomalyWatch(failureThreshold: 2)
        _ = watch.inspect(signal(at: 0, account: nil, error: "cannotDecrypt", peer: "198.51.100.1:1000"))
        let report = watch.inspect(signal(at: 1, account: nil, error: "cannotDecrypt", peer: "198.51.100.1:2000"))
        #expect(report?.events.first?.description.contains("address 198.51.100.1") == true)
    }
}
