import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing
import VigieCore
import VigieProtocols
import VigieStoreSQLite
import VigieTestSupport

@testable import VigieReceivers

/// A UDP flood costs bounded memory and little work: frames waiting for their commit are capped, unknown accounts
/// may hold only half of the cap, and a source that spent its budget of bad frames is dropped before decoding, so
/// the station's own panels keep getting in.
@Suite struct DC09DatagramFloodTests {
    typealias Datagrams = NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>

    @Test func dropsDatagramsBeyondTheCapAndCountsThem() async throws {
        let configuration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0, maximumDatagramsInFlight: 4)
        // Ingest stopped: every frame taken stays in flight until the test lets the commits happen.
        try await ReceiverHarness.run(configuration: configuration, startsIngest: false) { harness in
            let channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .bind(host: "127.0.0.1", port: 0) { channel in
                    channel.eventLoop.makeCompletedFuture { try Datagrams(wrappingChannelSynchronously: channel) }
                }
            let target = try SocketAddress(ipAddress: "127.0.0.1", port: harness.port)
            let replies = try await channel.executeThenClose { inbound, outbound in
                // Four unknown accounts (two fit: half the cap), then three frames of the pharmacy (two fit).
                for index in 0..<4 {
                    let account = "F\(index)00"
                    try await outbound.write(
                        AddressedEnvelope(
                            remoteAddress: target, data: try harness.frame(sequence: "000\(index)", account: account, data: "#\(account)|Nri1/BA003"))
                    )
                }
                for index in 0..<3 {
                    try await outbound.write(AddressedEnvelope(remoteAddress: target, data: try harness.frame(sequence: "010\(index)")))
                }
                for _ in 0..<500 where (harness.registry.all.first?.frames ?? 0) < 7 { try await Task.sleep(for: .milliseconds(10)) }
                let status = try #require(harness.registry.all.first)
                #expect(status.frames == 7)
                #expect(status.dropped == 3)
                // The commits happen: every frame taken is answered, the dropped ones never.
                var logger = Logger(label: "test")
                logger.logLevel = .critical
                return try await withRunningServices([harness.ingest], logger: logger) {
                    var iterator = inbound.makeAsyncIterator()
                    var sequences: [String] = []
                    for _ in 0..<4 { if let reply = try await iterator.next() { sequences.append(try DC09Frame(parsing: reply.data).sequence) } }
                    return sequences
                }
            }
            #expect(Set(replies) == ["0000", "0001", "0100", "0101"])
            #expect(try await harness.store.signals(query: SignalQuery()).items.filter { $0.signal.transport == .udp }.count == 4)
        }
    }

    /// A datagram is never answered with more bytes than it carried: a short refused frame (a NULL with its CRC
    /// spoilt, 34 bytes) would draw a NAK of 46 with its timestamp, so it is counted and left unanswered; a long
    /// refused frame gets its NAK, and a panel's own frames their ACK.
    @Test func noAnswerIsLongerThanTheDatagramItAnswers() async throws {
        try await ReceiverHarness.run { harness in
            let channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .bind(host: "127.0.0.1", port: 0) { channel in
                    channel.eventLoop.makeCompletedFuture { try Datagrams(wrappingChannelSynchronously: channel) }
                }
            let target = try SocketAddress(ipAddress: "127.0.0.1", port: harness.port)
            func spoilt(_ frame: ByteBuffer) -> ByteBuffer {
                var bytes = Array(frame.readableBytesView)
                bytes[1] = bytes[1] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
                return ByteBuffer(bytes: bytes)
            }
            let short = spoilt(try harness.frame(sequence: "0001", data: "", token: .null))
            let long = spoilt(try harness.frame(sequence: "0002", data: "#4F21|Nri1/BA003|Nri1/BA004|Nri1/BA005"))
            let good = try harness.frame(sequence: "0003")
            let answers = try await channel.executeThenClose { inbound, outbound in
                var replies = inbound.makeAsyncIterator()
                var answers: [(token: DC09Token, length: Int, asked: Int)] = []
                // One at a time, so that the short one's silence is seen before the next is sent.
                for datagram in [short, long, good] {
                    try await outbound.write(AddressedEnvelope(remoteAddress: target, data: datagram))
                    for _ in 0..<500 where (harness.registry.all.first?.frames ?? 0) < answers.count + 1 {
                        try await Task.sleep(for: .milliseconds(10))
                    }
                    if datagram == short {
                        for _ in 0..<500 where harness.registry.all.first?.dropped != 1 { try await Task.sleep(for: .milliseconds(10)) }
                        continue
                    }
                    let reply = try #require(try await replies.next())
                    answers.append((try DC09Frame(parsing: reply.data).token, reply.data.readableBytes, datagram.readableBytes))
                }
                return answers
            }
            #expect(harness.registry.all.first?.dropped == 1)
            #expect(answers.map(\.token) == [.nak, .ack])
            #expect(answers.allSatisfy { $0.length <= $0.asked })
            #expect(short.readableBytes < 46)
        }
    }

    @Test func aSourceThatSpentItsBadFrameBudgetIsDroppedBeforeDecodingWhileAPanelIsAnswered() async throws {
        var configuration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0)
        // No refill: what is decoded does not depend on how fast this machine runs the test.
        configuration.badFrames.perSourceRate = 0
        configuration.badFrames.totalRate = 0
        let burst = Int(configuration.badFrames.perSourceBurst)
        try await ReceiverHarness.run(configuration: configuration) { harness in
            let target = try SocketAddress(ipAddress: "127.0.0.1", port: harness.port)
            try await Self.withDatagrams { flooder in
                try await flooder.executeThenClose { _, outbound in
                    for index in 0..<(burst + 20) {
                        let account = String(0xE000 + index, radix: 16, uppercase: true)
                        try await outbound.write(
                            AddressedEnvelope(
                                remoteAddress: target, data: try harness.frame(sequence: "0001", account: account, data: "#\(account)|Nri1/BA003")))
                    }
                    // And a datagram that is no frame: refused, and also charged.
                    try await outbound.write(AddressedEnvelope(remoteAddress: target, data: ByteBuffer(string: "\nnot a frame\r")))
                    for _ in 0..<500 where (harness.registry.all.first.map { $0.frames + $0.dropped } ?? 0) < burst + 21 {
                        try await Task.sleep(for: .milliseconds(10))
                    }
                }
            }
            let status = try #require(harness.registry.all.first)
            #expect(status.frames == burst)
            #expect(status.dropped == 21)
            // The pharmacy's panel, from its own address, is answered.
            let reply = try await Self.withDatagrams { panel in
                try await panel.executeThenClose { inbound, outbound in
                    try await outbound.write(AddressedEnvelope(remoteAddress: target, data: try harness.frame(sequence: "0042")))
                    var iterator = inbound.makeAsyncIterator()
                    return try #require(try await iterator.next())
                }
            }
            #expect(try DC09Frame(parsing: reply.data).sequence == "0042")
            #expect(try await harness.store.signals(query: SignalQuery(account: "4F21")).items.count == 1)
        }
    }

    @Test func aDatagramThatIsNoFrameIsStoredWithItsReason() async throws {
        try await ReceiverHarness.run { harness in
            let target = try SocketAddress(ipAddress: "127.0.0.1", port: harness.port)
            try await Self.withDatagrams { sender in
                try await sender.executeThenClose { _, outbound in
                    try await outbound.write(
                        AddressedEnvelope(remoteAddress: target, data: ByteBuffer(string: "\n" + String(repeating: "X", count: 5000))))
                }
            }
            var refused: [StoredSignal] = []
            for _ in 0..<500 where refused.isEmpty {
                refused = try await harness.store.signals(query: SignalQuery()).items.filter { $0.signal.transport == .udp }
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(refused.map(\.signal.error) == ["frameTooLong"])
        }
    }

    /// A client UDP socket on loopback for `body`.
    static func withDatagrams<Value: Sendable>(_ body: (Datagrams) async throws -> Value) async throws -> Value {
        let channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture { try Datagrams(wrappingChannelSynchronously: channel) }
            }
        return try await body(channel)
    }
}
