import Testing
import VigieCore
import VigieProtocols
import VigieReceivers
import VigieSimulator

/// The simulator's pure parts: scenario files and latency percentiles (the traffic mix: ``SignalMixTests``).
@Suite struct PanelSimulatorModelTests {
    @Test func parsesAScenarioAndSortsItByTime() throws {
        let scenario = try Scenario(
            parsing: """
                [
                  {"at": 120, "account": "4F21", "data": "#4F21|Nri1/CL002"},
                  {"at": 0, "account": "4F21", "data": "#4F21|Nri1/BA003", "token": "SIA-DCS"},
                  {"at": 5, "account": "3E07", "data": "#3E07|1110 01 001", "token": "ADM-CID", "key": "000102030405060708090A0B0C0D0E0F"}
                ]
                """)
        #expect(scenario.entries.map(\.at) == [0, 5, 120])
        #expect(scenario.entries.map(\.signal.token) == [.siaDCS, .admCID, .siaDCS])
        #expect(scenario.panels.map(\.account) == ["4F21", "3E07"])
        #expect(scenario.panels.last?.format == .contactID && scenario.panels.last?.key != nil)
    }

    @Test(arguments: [
        (#"{"at": 0}"#, nil as Int?, nil as String?),
        (#"[{"at": 0, "account": "4F21"}, 3]"#, 1, nil),
        ("[\n  {\"at\": 0, \"account\": \"4F21\"},\n  {\"at\": -1, \"account\": \"4F21\"}\n]", 3, "at"),
        ("[\n{\"at\": 1, \"account\": \"4G21\"}]", 2, "account"),
        (#"[{"at": 1, "account": "4F21", "key": "abc"}]"#, 1, "key"),
        (#"[{"at": 1, "account": "4F21", "token": "ACK"}]"#, 1, "token"),
        (#"[{"at": 1, "account": "4F21", "colour": "red"}]"#, 1, "colour"),
    ])
    func refusesMalformedScenariosNamingLineAndField(text: String, line: Int?, field: String?) {
        #expect {
            _ = try Scenario(parsing: text)
        } throws: { error in
            guard let error = error as? ScenarioError else { return false }
            return error.line == line && error.field == field && error.description.contains("scenario")
        }
    }

    @Test func refusesInvalidJSON() {
        #expect(throws: ScenarioError.self) { try Scenario(parsing: "[{\"at\": 0,") }
    }

    @Test func percentilesOfAKnownDistribution() {
        var histogram = LatencyHistogram()
        for value in 1...1000 { histogram.record(microseconds: value) }
        #expect(histogram.count == 1000 && histogram.maximum == 1000)
        #expect((500...516).contains(histogram.percentile(50)))
        #expect((990...1000).contains(histogram.percentile(99)))
        #expect(histogram.percentile(100) == 1000)
        var small = LatencyHistogram()
        for value in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] { small.record(microseconds: value) }
        #expect(small.percentile(50) == 5 && small.percentile(90) == 9 && small.percentile(99.9) == 10)
        small.merge(histogram)
        #expect(small.count == 1010 && small.maximum == 1000)
        #expect(LatencyHistogram().percentile(99) == 0)
    }

    @Test func bucketsNeverReportBelowTheTruthAndStayWithinThreePercent() {
        for value in [63, 64, 65, 100, 1_000, 12_345, 987_654, 20_000_000] {
            let reported = LatencyHistogram.highestValue(in: LatencyHistogram.index(of: value))
            #expect(reported >= value && Double(reported) <= Double(value) * 1.032, "\(value) → \(reported)")
        }
    }
}
