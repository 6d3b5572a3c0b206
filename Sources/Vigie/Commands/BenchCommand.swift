import ArgumentParser

/// `vigie bench …`: the benchmarks whose figures are recorded in docs/benchmarks.md.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Vigie's performance (run with a release build: swift run -c release vigie bench …).",
        subcommands: [BenchDecodeCommand.self, BenchIngestCommand.self, BenchSupervisionCommand.self, BenchLiveCommand.self])
}
