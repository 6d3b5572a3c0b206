import ArgumentParser

/// `vigie migrate`: applies pending database migrations and lists the applied ones.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or upgrade the database schema, then exit.")

    @OptionGroup var options: StationOptions

    func run() async throws {
        let configuration = try await options.configuration()
        let migrations = try await Station.withStore(configuration) { $0.migrations }
        for migration in migrations { print("applied: \(migration)") }
        print("database up to date")
    }
}
