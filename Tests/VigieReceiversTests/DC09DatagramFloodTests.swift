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
