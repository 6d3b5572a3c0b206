import ArgumentParser
import Foundation
import VigieProtocols
import VigieReceivers
import VigieSimulator

/// `vigie simulate`: virtual DC-09 panels driving any receiver, with an ACK-latency report at the end.
///
/// Everything happens in `VigieReceivers`' `PanelSimulator`; this command only turns flags into its configuration.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate DC-09 alarm panels sending to a receiver, and report ACK latency and errors.",
        discussion: """
            Each panel keeps its own TCP connection (or UDP socket), numbers its messages 0001-9999, waits \
            for each answer and retransmits the same message on timeout or lost connection, as real panels do. \
            The default traffic is a realistic mix: NULL polls, RP periodic tests, OP/CL by users, and now and \
            then BA, FA, AT/YT and HA alarms followed by their restores (Contact ID equivalents with \
            --format cid). --scenario plays a JSON script instead (see docs/simulator.md).

            --rate is open loop: signals are scheduled at that total rate whatever the receiver does, and \
            latency counts from each signal's scheduled time. --rate 0 is closed loop (maximum throughput).

            Examples:
              vigie simulate --target 127.0.0.1:7777 --panels 100 --rate 500 --duration 30
              vigie simulate --target 127.0.0.1:7777 --scenario docs/scenarios/stories.json
            """)

    @Option(help: "The receiver, HOST:PORT.")
    var target: String

    @Option(help: "Number of virtual panels (accounts generated in hex from --account-base).")
    var panels = 100

    @Option(help: "Total signals per second over all panels; 0 for closed loop.")
    var rate: Double = 100

    @Option(help: "Seconds during which signals are scheduled.")
    var duration: Double = 10

    @Option(help: "tcp or udp.")
    var transport = "tcp"

    @Option(help: "AES key (32, 48 or 64 hex digits) for every panel: frames are then encrypted.")
    var key: String?

    @Option(help: "Comma-separated accounts to use instead of generated ones.")
    var accounts: String?

    @Option(help: "First generated account, in hex.")
    var accountBase = "1000"

    @Option(help: "Data format: sia (SIA-DCS), cid (ADM-CID) or mixed (one panel in three Contact ID).")
    var format = "sia"

    @Option(help: "A JSON scenario file to play instead of the mix.")
    var scenario: String?

    @Option(help: "Write 'account sequence' for every ACK received to this file.")
    var ackedLog: String?

    @Option(help: "Seconds to wait for an answer before retransmitting.")
    var ackTimeout: Double = 5

    @Option(help: "Seconds a panel keeps retrying one signal before giving it up.")
    var giveUp: Double = 60

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    func run() async throws {
        let configuration = try makeConfiguration()
        let log = try ackedLog.map { try AckedLog(path: $0) }
        var onAck: (@Sendable (String, String) -> Void)?
        if let log { onAck = { log.record(account: $0, sequence: $1) } }
        let report = await PanelSimulator(configuration: configuration, onAck: onAck).run()
        try log?.close()
        print(json ? report.json : report.text)
    }

    func makeConfiguration() throws -> SimulatorConfiguration {
        guard let colon = target.lastIndex(of: ":"), let port = Int(target[target.index(after: colon)...]) else {
            throw ValidationError("--target must be HOST:PORT")
        }
        guard let transport = SimulatorTransport(rawValue: transport) else { throw ValidationError("--transport must be tcp or udp") }
        let key = try key.map { text in
            guard let key = DC09Key(hex: text) else { throw ValidationError("--key must be 32, 48 or 64 hex digits") }
            return key
        }
        return SimulatorConfiguration(
            host: String(target[..<colon]), port: port, panels: try makePanels(key: key), rate: rate > 0 ? rate : nil,
            duration: .seconds(duration), transport: transport, ackTimeout: .seconds(ackTimeout), giveUpAfter: .seconds(giveUp),
            scenario: try scenario.map { path in
                do {
                    return try Scenario(parsing: try String(contentsOfFile: path, encoding: .utf8))
                } catch let error as ScenarioError {
                    throw ValidationError("\(path): \(error)")
                }
            })
    }

    private func makePanels(key: DC09Key?) throws -> [SimulatedPanel] {
        guard let base = Int(accountBase, radix: 16) else { throw ValidationError("--account-base must be hexadecimal") }
        var panels = SimulatedPanel.numbered(self.panels, from: base, key: key)
        if let accounts {
            panels = accounts.split(separator: ",").map { SimulatedPanel(account: String($0), key: key) }
        }
        guard ["sia", "cid", "mixed"].contains(format) else { throw ValidationError("--format must be sia, cid or mixed") }
        for index in panels.indices where format == "cid" || (format == "mixed" && index % 3 == 2) {
            panels[index].format = .contactID
        }
        return panels
    }
}
