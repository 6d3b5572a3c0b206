import Foundation
import NIOCore
import Testing
import VigieCore
import VigieProtocols
import VigieStoreSQLite

@testable import VigieReceivers

/// What the receiver does with TCP connections that are not a panel's: too many from one address, silent from
/// the start, or sending only frames it refuses. Over real loopback sockets.
@Suite struct DC09ConnectionSheddingTests {
    /// A frame with its CRC spoilt: refused, answered NAK.
    private func badFrame(_ harness: ReceiverHarness, sequence: String) throws -> ByteBuffer {
        var bytes = Array(try harness.frame(sequence: sequence).readableBytesView)
        bytes[1] = bytes[1] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        return ByteBuffer(bytes: bytes)
    }

    @Test func oneAddressCannotHoldMoreThanItsShareOfConnections() async throws {
        var configuration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0)
        configuration.maximumConnectionsPerAddress = 2
        try await ReceiverHarness.run(configuration: configuration) { harness in
            let first = try await PanelConnection.open(port: harness.port)
            let second = try await PanelConnection.open(port: harness.port)
            try await Task.sleep(for: .milliseconds(100))
            let third = try await PanelConnection.open(port: harness.port)
            #expect(try await third.waitForClose())
            // The two within the share are served; once one closes, a new connection gets in.
            #expect(try await first.exchange([try harness.frame(sequence: "0001")]).map(\.token) == [.ack])
            for _ in 0..<200 where harness.registry.all.first?.connections != 1 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(try await PanelConnection.open(port: harness.port).exchange([try harness.frame(sequence: "0002")]).map(\.token) == [.ack])
            #expect(try await second.exchange([try harness.frame(sequence: "0003")]).map(\.token) == [.ack])
        }
    }

    /// At the cap, a new panel takes the place of the connection quiet the longest, and the others stay. (One
    /// quiet for less than a second is never closed for a newcomer: `DC09ReceiverTests` refuses the newcomer then.)
    @Test func atTheCapANewPanelTakesThePlaceOfTheQuietestConnection() async throws {
        let configuration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0, maximumConnections: 2)
        try await ReceiverHarness.run(configuration: configuration) { harness in
            let oldest = try await PanelConnection.open(port: harness.port)
            try await Task.sleep(for: .milliseconds(200))
            let quiet = try await PanelConnection.open(port: harness.port)
            // Both quiet for more than `minimumIdleToShed`, the first the longest.
            try await Task.sleep(for: DC09Receiver.minimumIdleToShed + .milliseconds(300))
            let panel = try await PanelConnection.open(port: harness.port)
            #expect(try await panel.exchange([try harness.frame(sequence: "0001")]).map(\.token) == [.ack])
            #expect(try await oldest.waitForClose())
            #expect(try await quiet.exchange([try harness.frame(sequence: "0002")]).map(\.token) == [.ack])
            #expect(harness.registry.all.first?.connectionsShed == 1)
        }
    }

    @Test func aConnectionThatSendsNoFrameIsClosedEarlyAndAPanelThatDoesStays() async throws {
        var configuration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0, idleTimeout: .seconds(60))
        configuration.firstFrameTimeout = .milliseconds(300)
        try await ReceiverHarness.run(configuration: configuration) { harness in
            let silent = try await PanelConnection.open(port: harness.port)
            let panel = try await PanelConnection.open(port: harness.port)
            try await panel.channel.executeThenClose { inbound, outbound in
                var replies = inbound.makeAsyncIterator()
                try await outbound.write(try harness.frame(sequence: "0001"))
                #expect(try await replies.next().map { try $0.result.get().token } == .ack)
                // Past the first-frame deadline the panel's connection is still open: it answers a second frame.
                try await Task.sleep(for: .milliseconds(600))
                try await outbound.write(try harness.frame(sequence: "0002"))
                #expect(try await replies.next().map { try $0.result.get().token } == .ack)
            }
            // Closed long before the 60 s idle timeout.
            #expect(try await silent.waitForClose())
        }
    }

    @Test func refusedFramesInARowCloseTheConnectionOnceAnswered() async throws {
        var configuration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0)
        configuration.maximumConsecutiveBadFrames = 3
        try await ReceiverHarness.run(configuration: configuration) { harness in
            // A good frame between bad ones starts the count again.
            let mixed =
                try [badFrame(harness, sequence: "0001"), badFrame(harness, sequence: "0002"), harness.frame(sequence: "0003")]
                + [badFrame(harness, sequence: "0004"), badFrame(harness, sequence: "0005")]
            #expect(try await PanelConnection.open(port: harness.port).exchange(mixed).map(\.token) == [.nak, .nak, .ack, .nak, .nak])

            let garbage = try await PanelConnection.open(port: harness.port)
            try await garbage.channel.executeThenClose { inbound, outbound in
                var answers: [DC09Token] = []
                for index in 1...5 { try await outbound.write(try badFrame(harness, sequence: String(format: "%04d", 10 + index))) }
                do {
                    for try await answer in inbound { answers.append(try answer.result.get().token) }
                } catch {
                    // The receiver may reset the connection while unread frames wait: that is a close too.
                }
                // Each of the three is answered, then the line is closed: the two sent after are not read.
                #expect(answers == [.nak, .nak, .nak])
            }
            #expect(try await harness.store.signals(query: SignalQuery(errorsOnly: true)).total == 7)
        }
    }

    @Test func refusedFramesBeyondTheSampleAreAnsweredAndCountedNotStored() async throws {
        var configuration = DC09ReceiverConfiguration(host: "127.0.0.1", port: 0)
        configuration.maximumConsecutiveBadFrames = 100
        configuration.refusedFrames = .init(perSourcePerMinute: 3, totalPerMinute: 100)
        try await ReceiverHarness.run(configuration: configuration) { harness in
            let frames = try (1...10).map { try badFrame(harness, sequence: String(format: "%04d", $0)) }
            #expect(try await PanelConnection.open(port: harness.port).exchange(frames).map(\.token) == Array(repeating: .nak, count: 10))
            #expect(try await harness.store.signals(query: SignalQuery(errorsOnly: true)).total == 3)
            #expect(harness.registry.all.first?.refusedNotStored == 7)
            // A good frame is never held back by the sample.
            #expect(try await PanelConnection.open(port: harness.port).exchange([try harness.frame(sequence: "0042")]).map(\.token) == [.ack])
        }
    }

    @Test func aRefusedFrameIsStoredAsAPrefixOfItsBytes() {
        let long = String(repeating: "x", count: 2000)
        let bounded = DC09Receiver.boundedRaw(long)
        #expect(bounded.hasPrefix(String(repeating: "x", count: DC09Receiver.refusedRawLength) + "…"))
        #expect(bounded.hasSuffix("(2000 characters)"))
        #expect(DC09Receiver.boundedRaw("short") == "short")
    }
}
