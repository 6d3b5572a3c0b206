import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing
import VigieCore
import VigieProtocols
import VigieReceivers
import VigieStore
import VigieTestSupport

/// A UDP flood costs bounded memory: frames waiting for their commit are capped, and unknown accounts may hold
/// only half of the cap, so the station's own panels keep getting in.
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
                        AddressedEnvelope(remoteAddress: target, data: try harness.frame(sequence: "000\(index)", account: account, data: "#\(account)|Nri1/BA003")))
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
}
