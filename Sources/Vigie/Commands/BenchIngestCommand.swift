import ArgumentParser
import Foundation
import Synchronization
import VigieReceivers
import VigieSimulator

/// `vigie bench ingest`: DC-09 over TCP into a fresh store, ACK after durable commit, driven by the panel simulator.
struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Measure DC-09 ingest: signals/s and ACK latency with ACK after durable commit.",
        discussion: """
            Starts the account directory, the group-commit ingest queue and a DC-09 receiver in process on a \
            fresh SQLite store (temporary directory), or a new schema of the PostgreSQL database given by --database, and a loopback port, configures the panels' accounts as \
            transmitters, then runs (a) closed loop, each panel sending its next signal as soon as the previous \
            is ACKed (maximum throughput), and (b) open loop at --rate (ACK latency). Then it checks that the \
            store holds every ACKed signal once. With --compare-pysiaalarm the same closed-loop load also runs \
            against pysiaalarm's TCP server (which stores nothing) and the ratio is printed.
            Build in release mode: swift build -c release && .build/release/vigie bench ingest
            """)

    @Option(help: "Number of simulated panels, each with its own TCP connection.")
    var panels = 1000

    @Option(help: "Total signals per second of the open-loop latency phase.")
    var rate: Double = 10_000

    @Option(help: "Seconds per phase.")
    var duration: Double = 10

    @Option(help: "A postgres://… URL to measure the PostgreSQL store (in a new schema, dropped after) instead of SQLite.")
    var database: String?

    @Flag(help: "Also drive pysiaalarm's TCP server with the closed-loop load and print the ratio.")
    var comparePysiaalarm = false

    @Option(help: "Python interpreter with pysiaalarm installed.")
    var python = "python3"

    @Option(help: "The pysiaalarm server script.")
    var pysiaalarmScript = "Tests/bench/pysiaalarm_server.py"

    func run() async throws {
        let throughputPanels = SimulatedPanel.numbered(panels, from: 0x10000)
        let latencyPanels = SimulatedPanel.numbered(panels, from: 0x20000)
        let accounts = (throughputPanels + latencyPanels).map(\.account)
        let acks = Mutex<[String: Int]>([:])
        let onAck: @Sendable (String, String) -> Void = { account, _ in acks.withLock { $0[account, default: 0] += 1 } }
        let vigie = try await IngestBenchStation.run(accounts: accounts, database: database) { station in
            let closed = await simulate(port: station.port, panels: throughputPanels, rate: nil, onAck: onAck)
            print("Vigie (a) closed loop, \(panels) panels, \(duration) s:\n\(closed.text)\n")
            let open = await simulate(port: station.port, panels: latencyPanels, rate: rate, onAck: onAck)
            print("Vigie (b) open loop at \(Int(rate))/s, \(panels) panels, \(duration) s:\n\(open.text)\n")
            let stored = try await station.storedCounts(accounts: accounts)
            let acked = acks.withLock { $0 }
            let missing = accounts.reduce(0) { $0 + max(0, acked[$1, default: 0] - stored.perAccount[$1, default: 0]) }
            let totalAcked = acked.values.reduce(0, +)
            print("Store check: \(totalAcked) ACKed, \(stored.total) stored, \(stored.errors) with errors, \(missing) ACKed but missing")
            guard missing == 0, stored.errors == 0 else { throw BenchError("the store does not hold every ACKed signal") }
            return closed
        }
        guard comparePysiaalarm else { return }
        let server = try await PysiaalarmServer.start(python: python, script: pysiaalarmScript, accounts: throughputPanels.map(\.account))
        defer { server.stop() }
        let reference = await simulate(port: server.port, panels: throughputPanels, rate: nil, onAck: nil)
        print("pysiaalarm closed loop, \(panels) panels, \(duration) s:\n\(reference.text)\n")
        let ratio = reference.achievedRate > 0 ? vigie.achievedRate / reference.achievedRate : .infinity
        print(String(format: "Ratio Vigie / pysiaalarm (closed-loop signals/s): %.1f×", ratio))
    }

    private func simulate(port: Int, panels: [SimulatedPanel], rate: Double?, onAck: (@Sendable (String, String) -> Void)?) async -> SimulatorReport {
        let configuration = SimulatorConfiguration(port: port, panels: panels, rate: rate, duration: .seconds(duration), ackTimeout: .seconds(5))
        return await PanelSimulator(configuration: configuration, onAck: onAck).run()
    }
}
