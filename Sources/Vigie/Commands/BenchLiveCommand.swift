import ArgumentParser
import Foundation
import VigieCore
import VigieReceivers
import VigieSimulator

/// `vigie bench live`: from a panel's frame to the change on a console's live stream, under an alarm flood.
struct BenchLiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Measure signal received → change visible on a live-stream (SSE) client while alarms pour in.",
        discussion: """
            Runs the whole alarm path in process on a fresh store: DC-09 receiver, group-commit ingest, alarm engine, \
            and the web server. A client signs in and reads /api/v1/stream over a real loopback socket while the \
            panel simulator sends only alarm events and their restores (each panel is a site of its own) at --rate. \
            For every signal, the latency is the time from its reception by the receiver to the arrival, at the \
            client, of the logbook entry that records its processing. \
            Build in release mode: swift build -c release && .build/release/vigie bench live
            """)

    @Option(help: "Number of simulated panels (sites).")
    var panels = 1000

    @Option(help: "Alarm signals per second.")
    var rate: Double = 1000

    @Option(help: "Seconds of load.")
    var duration: Double = 10

    @Option(help: "A PostgreSQL URL to run on instead of a temporary SQLite file.")
    var database: String?

    /// Only alarms and their restores: every signal changes the queue.
    static let alarmsOnly = SignalMix.Weights(
        poll: 0, periodicTest: 0, openClose: 0, burglary: 60, fire: 10, technical: 20, holdUp: 10, missedCheckIn: 0)

    func run() async throws {
        let simulated = SimulatedPanel.numbered(panels, from: 0x30000)
        let (rate, duration) = (rate, duration)
        let report = try await IngestBenchStation.run(accounts: simulated.map(\.account), database: database, live: true) { station in
            guard let webPort = station.webPort else { throw BenchError("the web server did not start") }
            let user = IngestBenchStation.user
            let cookie = try await BenchHTTPConnection.signIn(host: "127.0.0.1", port: webPort, username: user.name, password: user.password)
            let stream = try await BenchHTTPConnection.open(
                host: "127.0.0.1", port: webPort, request: "GET /api/v1/stream HTTP/1.0\r\nHost: 127.0.0.1\r\nCookie: \(cookie)\r\n\r\n")
            let load = await PanelSimulator(
                configuration: SimulatorConfiguration(
                    port: station.port, panels: simulated, rate: rate, duration: .seconds(duration), weights: Self.alarmsOnly, ackTimeout: .seconds(5)
                )
            ).run()
            let stored = try await Self.receptionTimes(in: station.store)
            // Let the engine and the stream catch up with the last signals before reading what arrived.
            let deadline = ContinuousClock.now + .seconds(10)
            var seen = Self.firstArrivals(stream.pieces)
            while seen.count < stored.count, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(200))
                seen = Self.firstArrivals(stream.pieces)
            }
            await stream.close()
            var latencies = LatencyHistogram()
            for (id, arrival) in seen {
                guard let received = stored[id] else { continue }
                latencies.record(microseconds: max(0, Int(arrival.timeIntervalSince(received) * 1_000_000)))
            }
            return (load, latencies, stored.count, seen.count)
        }
        let (load, latencies, stored, seen) = report
        print("Load: \(panels) panels, \(Int(rate)) alarm signals/s for \(duration) s:\n\(load.text)\n")
        print("Signals stored: \(stored); seen on the live stream: \(seen)")
        print(
            String(
                format: "Signal received → visible on the live stream: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                Double(latencies.percentile(50)) / 1000, Double(latencies.percentile(90)) / 1000, Double(latencies.percentile(99)) / 1000,
                Double(latencies.maximum) / 1000))
        guard seen == stored else { throw BenchError("\(stored - seen) stored signals never reached the live stream") }
    }

    /// When each stored signal was received, by signal id.
    private static func receptionTimes(in store: any Store) async throws -> [Int64: Date] {
        var times: [Int64: Date] = [:]
        var cursor: Int64 = 0
        while true {
            let page = try await store.signals(after: cursor, limit: 5000)
            guard let last = page.last else { return times }
            for stored in page where stored.signal.error == nil { times[stored.id] = stored.signal.receivedAt }
            cursor = last.id
        }
    }

    /// The first moment each signal's processing reached the client, from the stream's `data:` lines: the engine
    /// writes `{"signal":<id>}` in the details of each entry it makes for a signal.
    private static func firstArrivals(_ pieces: [(at: Date, text: String)]) -> [Int64: Date] {
        var arrivals: [Int64: Date] = [:]
        var pending = ""
        let marker = #"{\"signal\":"#
        for (at, text) in pieces {
            pending += text
            guard let lastBreak = pending.lastIndex(of: "\n") else { continue }
            for line in pending[..<lastBreak].split(separator: "\n") where line.hasPrefix("data: ") {
                guard let found = line.range(of: marker) else { continue }
                if let id = Int64(line[found.upperBound...].prefix(while: \.isNumber)), arrivals[id] == nil { arrivals[id] = at }
            }
            pending = String(pending[pending.index(after: lastBreak)...])
        }
        return arrivals
    }
}
