import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Testing
import VigieCore
import VigieProtocols
import VigieReceivers
import VigieStoreSQLite
import VigieTestSupport

/// The Sur-Gard feed against a fake hardware receiver on loopback: the receiver is the server, Vigie connects.
@Suite struct SurGardFeedTests {
    /// A hardware receiver's automation port: sends `lines` one at a time and collects Vigie's answer to each.
    private func fakeReceiver(lines: [[UInt8]]) async throws -> (port: Int, answers: AsyncStream<[UInt8]>, run: @Sendable () async throws -> Void) {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        let (answers, answer) = AsyncStream.makeStream(of: [UInt8].self)
        let run: @Sendable () async throws -> Void = {
            try await server.executeThenClose { connections in
                for try await connection in connections {
                    try await connection.executeThenClose { inbound, outbound in
                        var replies = inbound.makeAsyncIterator()
                        for line in lines {
                            try await outbound.write(ByteBuffer(bytes: line + [SurGard.terminator]))
                            guard let reply = try await replies.next() else { return }
                            answer.yield(Array(reply.readableBytesView))
                        }
                    }
                    answer.finish()
                    return
                }
            }
        }
        return (server.channel.localAddress!.port!, answers, run)
    }

    @Test func storesEachLineThenAcknowledgesAndRefusesUnreadableOnes() async throws {
        let directory = try makeTemporaryDirectory("vigie-surgard")
        let store = try SQLiteStore(path: directory.appendingPathComponent("vigie.sqlite").path)
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        _ = try await store.create(Samples.transmitter(siteID: site.id, account: "1234"), by: .system)
        let lines: [[UInt8]] = [
            Array("1011           @    ".utf8), Array("5011 181234E13101003".utf8), Array("5011 18garbage".utf8),
            Array("S011[#1234|Nri1/BA003]".utf8),
        ]
        let fake = try await fakeReceiver(lines: lines)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let accounts = AccountDirectory(store: store, logger: logger)
        let ingest = IngestQueue(store: store, logger: logger)
        let registry = ReceiverRegistry()
        let feed = SurGardFeed(
            configuration: SurGardFeedConfiguration(name: "surgard-1", host: "127.0.0.1", port: fake.port, reconnectDelay: .milliseconds(100)),
            ingest: ingest, directory: accounts, registry: registry, logger: logger)
        let group = ServiceGroup(services: [accounts, ingest, feed], logger: logger)
        let answers = try await withThrowingTaskGroup(of: [[UInt8]]?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            tasks.addTask {
                try await fake.run()
                return nil
            }
            var collected: [[UInt8]] = []
            for await answer in fake.answers { collected.append(answer) }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return collected
        }
        #expect(answers == [[SurGard.ack], [SurGard.ack], [SurGard.nak], [SurGard.ack]])
        let stored = try await store.signals(query: SignalQuery(limit: 10)).items.map(\.signal).reversed()
        let fromFeed = stored.filter { $0.transport == .receiverFeed }
        #expect(fromFeed.map(\.token) == ["HEARTBEAT", "contactID", nil, "sia"])
        #expect(fromFeed[1].events.first?.category == .burglary && fromFeed[1].events.first?.zone == 3)
        #expect(fromFeed[1].events.first?.wording == Wording(en: "Perimeter", fr: "Intrusion périmétrique"))
        #expect(fromFeed[3].events.first?.wording == Wording(en: "Burglary Alarm", fr: "Alarme intrusion"))
        #expect(fromFeed[1].siteID == site.id)
        #expect(fromFeed[2].error?.hasPrefix("malformedField") == true && fromFeed[2].reply == "NAK")
        // The fake receiver hung up after its lines: the feed reports the receiver lost, as the station problem the
        // monitor reports too (one alarm).
        #expect(stored.contains { $0.transport == .station && $0.account == "RECEIVER-DOWN:surgard-1" && $0.events.first?.code == "RECEIVER-DOWN" })
        #expect(registry.all.first?.kind == "surgard")
    }
}
