import ArgumentParser

/// `vigie`: the central monitoring station's single executable.
@main
struct VigieCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie",
        abstract: "Vigie, an open-source central monitoring station (alarm receiving centre).",
        discussion: "Run `vigie demo` to try a demo station, `vigie serve` to run yours.",
        subcommands: [
            ServeCommand.self, DemoCommand.self, MigrateCommand.self, UserCommand.self, LogbookCommand.self, DecodeCommand.self,
            EncodeCommand.self, SimulateCommand.self, BenchCommand.self, ImportCommand.self, ExportCommand.self,
        ])
}
