import Foundation
import Synchronization
import Testing
import VigieCore
import VigieProtocols
import VigieReceivers
import VigieSimulator
import VigieStoreSQLite

/// The panel simulator against a real receiver over loopback (and a fake one that loses an ACK).
@Suite struct PanelSimulatorTests {
    private func configuration(port: Int, panels: [SimulatedPanel], transport: SimulatorTransport = .tcp) -> SimulatorConfiguration {
        SimulatorConfiguration(port: port, panels: panels, rate: 200, duration: .milliseconds(500), transport: transport, ackTimeout: .seconds(5))
    }

    @Test(arguments: SimulatorTransport.allCases)
    func everySignalSentIsAcknowledgedAndStoredOnce(transport: SimulatorTransport) async throws {
        try await ReceiverHarness.run { harness in
            let panels = [SimulatedPanel(account: "4F21"), SimulatedPanel(account: "7C31", format: .contactID)]
            let acked = AckRecorder()
            let report = await PanelSimulator(
                configuration: configuration(port: harness.port, panels: panels, transport: transport), onAck: acked.record
            )
            .run()
            #expect(report.sent > 0 && report.acked == report.sent)
            #expect(report.naked + report.duh + report.timeouts + report.retries + report.errors + report.abandoned == 0)
            #expect(report.latency.count == report.acked)
            #expect(acked.pairs.count == report.acked && Set(acked.pairs).count == report.acked)
            // 7C31 is unknown to the harness: ACKed and stored too, with one station "unknown account" signal that has no sequence.
            var stored: [String] = []
            for account in ["4F21", "7C31"] {
                let items = try await harness.store.signals(query: SignalQuery(account: account, limit: 1000)).items
                stored += items.compactMap { item in item.signal.sequence.map { "\(account) \($0)" } }
            }
            #expect(stored.sorted() == acked.pairs.sorted())
            #expect(try await harness.store.signals(query: SignalQuery(errorsOnly: true)).total == 0)
        }
    }

    @Test func encryptedPanelsAreAcknowledgedWithTheirKey() async throws {
        try await ReceiverHarness.run { harness in
            let panel = SimulatedPanel(account: "9A01", key: ReceiverHarness.key)
            let report = await PanelSimulator(configuration: configuration(port: harness.port, panels: [panel])).run()
            #expect(report.sent > 0 && report.acked == report.sent && report.errors == 0)
            let stored = try await harness.store.signals(query: SignalQuery(account: "9A01")).items
            #expect(stored.count == report.acked && stored.allSatisfy(\.signal.encrypted))
        }
    }

    @Test func aWrongKeyIsCountedAsNAK() async throws {
        try await ReceiverHarness.run { harness in
            let panel = SimulatedPanel(account: "9A01", key: DC09Key(hex: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"))
            let report = await PanelSimulator(configuration: configuration(port: harness.port, panels: [panel])).run()
            #expect(report.sent > 0 && report.naked == report.sent && report.acked == 0)
        }
    }

    @Test func retransmitsTheSameMessageWhenTheACKIsLost() async throws {
        let receiver = try await SilentOnceReceiver()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await receiver.run() }
            let scenario = try Scenario(parsing: ##"[{"at": 0, "account": "4F21", "data": "#4F21|Nri1/BA003"}]"##)
            var configuration = SimulatorConfiguration(port: receiver.port, panels: [], ackTimeout: .milliseconds(300))
            configuration.scenario = scenario
            let report = await PanelSimulator(configuration: configuration).run()
            receiver.stop()
            try await group.waitForAll()
            #expect(report.sent == 1 && report.acked == 1 && report.timeouts == 1 && report.retries == 1)
            let frames = receiver.frames.withLock { $0 }
            #expect(frames.count == 2)
            #expect(frames.map(\.sequence) == ["0001", "0001"] && frames.map(\.data) == ["#4F21|Nri1/BA003", "#4F21|Nri1/BA003"])
        }
    }

    @Test func reportsAbandonedSignalsWhenNothingListens() async throws {
        var configuration = SimulatorConfiguration(port: 1, panels: [], ackTimeout: .milliseconds(100), giveUpAfter: .milliseconds(300))
        configuration.scenario = try Scenario(parsing: #"[{"at": 0, "account": "4F21", "token": "NULL"}]"#)
        let report = await PanelSimulator(configuration: configuration).run()
        #expect(report.sent == 1 && report.abandoned == 1 && report.acked == 0 && report.errors > 0)
    }
}

/// Collects the simulator's ACK callbacks.
final class AckRecorder: Sendable {
    private let storage = Mutex<[String]>([])
    var pairs: [String] { storage.withLock { $0 } }
    var record: @Sendable (String, String) -> Void { { account, sequence in self.storage.withLock { $0.append("\(account) \(sequence)") } } }
}
