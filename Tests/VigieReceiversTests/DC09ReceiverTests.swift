import Foundation
import NIOCore
import NIOPosix
import Testing
import VigieCore
import VigieProtocols
import VigieReceivers
import VigieStoreSQLite
import VigieTestSupport

/// The DC-09 receiver over real loopback sockets and a real SQLite store.
@Suite struct DC09ReceiverTests {
    @Test func acknowledgesEachFrameOfAPersistentConnectionAfterStoringIt() async throws {
        try await ReceiverHarness.run { harness in
            let panel = try await PanelConnection.open(port: harness.port)
            let frames = try (1...3).map { try harness.frame(sequence: String(format: "%04d", $0)) }
            let replies = try await panel.exchange(frames)
            #expect(replies.map(\.token) == [.ack, .ack, .ack])
            #expect(replies.map(\.sequence) == ["0001", "0002", "0003"])
            #expect(replies.allSatisfy { $0.account == "4F21" && $0.receiver == "1" && $0.line == "1" })
            let stored = try await harness.store.signals(query: SignalQuery(account: "4F21")).items
            #expect(stored.count == 3)
            let first = try #require(stored.last?.signal)
            #expect(first.events.map(\.code) == ["BA"])
            #expect(first.events.first?.zone == 3 && first.events.first?.category == .burglary)
            #expect(first.siteID != nil && first.transmitterID != nil && first.reply == "ACK")
            #expect(first.raw.hasPrefix("\\x0A") && first.raw.hasSuffix("\\x0D"))
        }
    }

    @Test func keepsTheVerificationAddressOfAVField() async throws {
        try await ReceiverHarness.run { harness in
            let frame = try harness.frame(extendedData: [DC09ExtendedData(letter: "V", value: "http://verify.example/34AC4DE3446")])
            #expect(try await PanelConnection.open(port: harness.port).exchange([frame]).map(\.token) == [.ack])
            let stored = try #require(try await harness.store.signals(query: SignalQuery()).items.first)
            #expect(stored.signal.verificationURL == "http://verify.example/34AC4DE3446")
        }
    }

    @Test func storesARetransmissionOnceAndAcknowledgesItAgain() async throws {
        try await ReceiverHarness.run { harness in
            let frame = try harness.frame(sequence: "0042")
            let first = try await PanelConnection.open(port: harness.port).exchange([frame])
            // The ACK was lost: the panel reconnects and sends the same message again.
            let again = try await PanelConnection.open(port: harness.port).exchange([frame])
            #expect((first + again).map(\.token) == [.ack, .ack])
            #expect(try await harness.store.signals(query: SignalQuery()).total == 1)
        }
    }

    @Test func answersABadCRCWithNAKAndStoresTheRawFrameWithItsError() async throws {
        try await ReceiverHarness.run { harness in
            var bytes = Array(try harness.frame().readableBytesView)
            bytes[1] = bytes[1] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
            let replies = try await PanelConnection.open(port: harness.port).exchange([ByteBuffer(bytes: bytes)])
            #expect(replies.map(\.token) == [.nak])
            #expect(replies.first?.timestamp != nil)
            let stored = try #require(try await harness.store.signals(query: SignalQuery(errorsOnly: true)).items.first)
            #expect(stored.signal.error == "badCRC")
            #expect(stored.signal.reply == "NAK")
            #expect(stored.signal.raw.contains("SIA-DCS"))
        }
    }

    @Test func acknowledgesEncryptedFramesWithAnEncryptedACK() async throws {
        try await ReceiverHarness.run { harness in
            let frame = try harness.frame(account: "9A01", data: "#9A01|Nri1/FA001", key: ReceiverHarness.key)
            let replies = try await PanelConnection.open(port: harness.port, key: ReceiverHarness.key).exchange([frame])
            #expect(replies.first?.token == .ack && replies.first?.isEncrypted == true)
            let stored = try #require(try await harness.store.signals(query: SignalQuery(account: "9A01")).items.first)
            #expect(stored.signal.encrypted && stored.signal.events.first?.category == .fire)
        }
    }

    @Test func refusesWrongKeysAndSkewedClocksWithNAKAndKeepsTheReason() async throws {
        try await ReceiverHarness.run { harness in
            let wrongKey = DC09Key(hex: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")!
            let undecryptable = try harness.frame(account: "9A01", data: "#9A01|Nri1/FA001", key: wrongKey)
            let skewed = try harness.frame(
                sequence: "0002", account: "9A01", data: "#9A01|Nri1/FA001", key: ReceiverHarness.key,
                timestamp: harness.clock.now.addingTimeInterval(-600))
            let replies = try await PanelConnection.open(port: harness.port).exchange([undecryptable, skewed])
            #expect(replies.map(\.token) == [.nak, .nak])
            let nakTime = try #require(replies.last?.timestamp)
            #expect(abs(nakTime.epochSeconds - Int64(harness.clock.now.timeIntervalSince1970)) <= 1)
            let errors = try await harness.store.signals(query: SignalQuery(errorsOnly: true)).items.map(\.signal.error)
            // A wrong key almost always fails decryption; once in a while its garbage parses a little further.
            #expect(errors.count == 2 && errors.first == "timestampOutsideWindow")
            #expect(AnomalyWatch.isKeyProblem(errors.last.flatMap { $0 } ?? "", encrypted: true))
            // Two more undecryptable frames make three in ten minutes: one technical station signal.
            let more = try (3...4).map {
                try harness.frame(sequence: String(format: "%04d", $0), account: "9A01", data: "#9A01|Nri1/FA001", key: wrongKey)
            }
            _ = try await PanelConnection.open(port: harness.port).exchange(more)
            let anomalies = try await harness.store.signals(query: SignalQuery(account: "9A01")).items.filter { $0.signal.transport == .station }
            #expect(anomalies.map { $0.signal.events.first?.code } == ["DECRYPT-FAILURES"])
        }
    }

    @Test func acknowledgesUnknownAccountsAndStoresThemUnattached() async throws {
        try await ReceiverHarness.run { harness in
            let replies = try await PanelConnection.open(port: harness.port).exchange([try harness.frame(account: "BEEF", data: "#BEEF|Nri1/BA001")])
            #expect(replies.map(\.token) == [.ack])
            let stored = try await harness.store.signals(query: SignalQuery(account: "BEEF")).items.map(\.signal)
            let frame = try #require(stored.first { $0.transport == .tcp })
            #expect(frame.transmitterID == nil && frame.siteID == nil && frame.error == nil)
            // The operators hear about it once, as a technical station signal.
            #expect(stored.filter { $0.transport == .station }.map { $0.events.first?.code } == ["UNKNOWN-ACCOUNT"])
        }
    }

    @Test func pollsUpdateTheLastContactOfTheTransmitter() async throws {
        try await ReceiverHarness.run { harness in
            let poll = try harness.frame(sequence: "0007", data: "", token: .null)
            #expect(try await PanelConnection.open(port: harness.port).exchange([poll]).map(\.token) == [.ack])
            let stored = try #require(try await harness.store.signals(query: SignalQuery(account: "4F21")).items.first)
            #expect(stored.signal.isLinkCheck)
            let contacts = try await harness.store.linkContacts()
            #expect(contacts.count == 1 && contacts.first?.transmitterID == stored.signal.transmitterID)
        }
    }

    @Test func answersDatagramsToTheirSource() async throws {
        try await ReceiverHarness.run { harness in
            let channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .bind(host: "127.0.0.1", port: 0) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(wrappingChannelSynchronously: channel)
                    }
                }
            let target = try SocketAddress(ipAddress: "127.0.0.1", port: harness.port)
            let reply = try await channel.executeThenClose { inbound, outbound in
                try await outbound.write(AddressedEnvelope(remoteAddress: target, data: try harness.frame(sequence: "0101")))
                var iterator = inbound.makeAsyncIterator()
                return try await iterator.next()
            }
            let frame = try DC09Frame(parsing: try #require(reply).data)
            #expect(frame.token == .ack && frame.sequence == "0101")
            let stored = try #require(try await harness.store.signals(query: SignalQuery()).items.first)
            #expect(stored.signal.transport == .udp)
        }
    }

    @Test func closesConnectionsBeyondTheCapAndIdleOnes() async throws {
        let configuration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0, idleTimeout: .seconds(1), maximumConnections: 1)
        try await ReceiverHarness.run(configuration: configuration) { harness in
            let first = try await PanelConnection.open(port: harness.port)
            try await Task.sleep(for: .milliseconds(100))
            let second = try await PanelConnection.open(port: harness.port)
            #expect(try await second.waitForClose())
            // The first stays open until it has been silent for the idle timeout.
            #expect(try await first.waitForClose())
            // The receiver counts the connection closed just after the panel sees it close.
            for _ in 0..<200 where harness.registry.all.first?.connections != 0 { try await Task.sleep(for: .milliseconds(10)) }
            let status = try #require(harness.registry.all.first)
            #expect(status.up && status.connections == 0)
        }
    }

    @Test func reportsTheReceiverStatus() async throws {
        try await ReceiverHarness.run { harness in
            _ = try await PanelConnection.open(port: harness.port).exchange([try harness.frame()])
            let status = try #require(harness.registry.all.first)
            #expect(status.name == "dc09" && status.kind == "dc09" && status.up)
            #expect(status.frames == 1 && status.lastFrameAt != nil)
            #expect(status.listening == "127.0.0.1:\(harness.port) tcp+udp")
        }
    }
}
