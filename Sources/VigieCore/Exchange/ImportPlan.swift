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
    /// Why, in English.
    public var reason: String
    /// The same reason as a message key and parameters an administrator's console renders in its language
    /// (``Reason``); absent where none exists (a store's late refusal), which a console shows as written.
    public var key: String?
    public var parameters: [String: String]?

    /// A refusal as written, with the key (and its parameters) that renders it in a console's language, when one exists.
    public init(file: String, line: Int?, column: String?, reason: String, key: String? = nil, parameters: [String: String]? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.key = key
        self.parameters = parameters
    }

    public init(file: String, line: Int?, column: String?, _ reason: Reason) {
        self.init(
            file: file, line: line, column: column, reason: reason.english, key: reason.key,
            parameters: reason.parameters.isEmpty ? nil : reason.parameters)
    }

    /// A validation's refusal of one field, with the key it carries.
    public init(file: String, line: Int?, column: String?, _ fieldError: FieldError) {
        self.init(file: file, line: line, column: column, reason: fieldError.reason, key: fieldError.key, parameters: fieldError.parameters)
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
