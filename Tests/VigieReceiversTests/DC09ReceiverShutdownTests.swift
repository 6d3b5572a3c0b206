import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import Testing
import VigieCore
import VigieProtocols
import VigieReceivers
import VigieStoreSQLite
import VigieTestSupport

/// A receiver stopping under load: it answers only what it stored, then closes its connections and returns.
@Suite struct DC09ReceiverShutdownTests {
    @Test func aStoppingReceiverAnswersOnlyWhatItStoredThenClosesItsConnections() async throws {
        let clock = TestClock(Date())
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-shutdown").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let directory = AccountDirectory(store: store, logger: logger)
        let ingest = IngestQueue(store: store, logger: logger)
        let receiver = DC09Receiver(
            configuration: DC09ReceiverConfiguration(host: "127.0.0.1", port: 0), ingest: ingest, directory: directory,
            registry: ReceiverRegistry(), logger: logger, now: clock.function)
        let group = ServiceGroup(services: [directory, ingest, receiver], logger: logger)

        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let port = await receiver.port()
            let panel = try await PanelConnection.open(port: port)
            // A panel that sends ahead without waiting for answers, so that frames are in hand when the stop comes.
            let frames = try (1...200).map { sequence in
                try DC09FrameEncoder().encode(
                    DC09Message(
                        token: .siaDCS, isEncrypted: false, sequence: String(format: "%04d", sequence), receiver: "1", line: "1",
                        account: "7A01", data: "#7A01|Nri1/BA\(String(format: "%03d", sequence % 100))", timestamp: nil),
                    key: nil)
            }
            let acknowledged = try await panel.channel.executeThenClose { inbound, outbound in
                var iterator = inbound.makeAsyncIterator()
                for frame in frames.prefix(100) { try await outbound.write(frame) }
                guard let first = try await iterator.next() else { throw PanelError.closed }
                await group.triggerGracefulShutdown()
                for frame in frames.dropFirst(100) { try? await outbound.write(frame) }
                var sequences = [try first.result.get().sequence]
                // The receiver closes the connection once it has answered what it took: the loop ends (with a reset
                // rather than an end of stream when frames it no longer took were still unread).
                while let reply = (try? await iterator.next()) ?? nil { sequences.append(try reply.result.get().sequence) }
                return sequences
            }
            try await tasks.waitForAll()

            let stored = Set(try await store.signals(query: SignalQuery(account: "7A01", limit: 500)).items.compactMap(\.signal.sequence))
            #expect(!acknowledged.isEmpty)
            #expect(Set(acknowledged).isSubset(of: stored), "every ACKed frame is stored")
            #expect(acknowledged == acknowledged.sorted(), "answers leave in the order the frames came")
        }
    }
}
