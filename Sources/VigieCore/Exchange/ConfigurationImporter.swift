/// What an import did or, on a dry run, would do.
public struct ImportReport: Codable, Sendable, Hashable {
    public var dryRun: Bool
    /// True only when every line was written; with any problem, nothing was.
    public var written: Bool
    public var counts: ImportCounts
    public var problems: [ImportProblem]
}

/// An import from start to end, the same for the command line and the console: read and check every file
/// against the stored configuration, then write all of it in one transaction, or nothing.
public enum ConfigurationImporter {
    public static func run(_ files: [ImportFile], dryRun: Bool, store: any Store, by author: Author) async throws -> ImportReport {
        let plan = ImportPlanner.plan(files, existing: try await ExistingConfiguration.load(from: store))
        guard plan.problems.isEmpty, !dryRun else {
            return ImportReport(dryRun: dryRun, written: false, counts: plan.preview, problems: plan.problems)
        }
        do {
            let counts = try await store.importConfiguration(plan.entities, by: author)
            return ImportReport(dryRun: false, written: true, counts: counts, problems: [])
        } catch let failure as ImportFailure {
            // Someone changed the configuration between the check and the write: the store's own checks caught it.
            return ImportReport(dryRun: false, written: false, counts: plan.preview, problems: [plan.problem(for: failure)])
        }
    }
}
