import Foundation

/// One CSV file of an import, as uploaded or read from disk.
public struct ImportFile: Codable, Sendable, Hashable {
    /// The file name, which says what the file holds (`sites.csv`, `clients.csv`).
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// Where an imported entity comes from, to name it when something goes wrong.
public struct ImportOrigin: Codable, Sendable, Hashable {
    public var file: String
    public var line: Int
}

/// Why one line (or a whole file, without a line) cannot be imported.
public struct ImportProblem: Codable, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The file's line (the header is line 1); `nil` for a problem with the whole file.
    public var line: Int?
    /// The column at fault, by its header, when one is.
    public var column: String?
    public var reason: String

    public init(file: String, line: Int?, column: String?, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `sites.csv:12: postal_code: must be five digits in France`.
    public var description: String {
        [file + (line.map { ":\($0)" } ?? ""), column, reason].compactMap { $0 }.joined(separator: ": ")
    }
}

/// An import read and checked against the stored configuration, before anything is written.
public struct ImportPlan: Sendable {
    /// Parents before children, ready for ``Store/importConfiguration(_:by:)``.
    public var entities: [any ConfigEntity] = []
    /// The file and line of each entity, by the same index.
    public var origins: [ImportOrigin] = []
    /// Every bad line found; an import with any writes nothing.
    public var problems: [ImportProblem] = []
    /// What writing the plan would do.
    public var preview = ImportCounts()

    public init() {}

    /// The store's refusal of one entity, told as a problem of the line it came from.
    public func problem(for failure: ImportFailure) -> ImportProblem {
        let origin = origins[failure.index]
        return ImportProblem(file: origin.file, line: origin.line, column: nil, reason: "\(failure.reason)")
    }
}
