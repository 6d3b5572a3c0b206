import Foundation

/// How often a transmitter must be heard from before its link is reported lost (EN 50136-1 categories).
public struct SupervisionProfile: ConfigEntity {
    public static let kind = EntityKind.supervisionProfile

    public var id: UUID
    /// `SP1`…`SP6`, `DP1`…`DP4`, or a station's own name for a custom profile.
    public var name: String
    /// The longest silence allowed on the primary path, in seconds (the path reporting time).
    public var reportingIntervalSeconds: Int
    /// Extra seconds granted before the link is declared lost (transmission and retry delays).
    public var graceSeconds: Int
    public var description: String?

    public init(id: UUID = UUID(), name: String, reportingIntervalSeconds: Int, graceSeconds: Int = 0, description: String? = nil) {
        self.id = id
        self.name = name
        self.reportingIntervalSeconds = reportingIntervalSeconds
        self.graceSeconds = graceSeconds
        self.description = description
    }

    public var parent: EntityReference? { nil }
    public static let uniqueKeyField = "name"
    public var uniqueKey: String? { "name:\(name.uppercased())" }
    public var label: String { name }
    public var searchText: String { .searchText(name, description) }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.requireText(name, "name", maxLength: 40)
        v.check((10...(40 * 86_400)).contains(reportingIntervalSeconds), "reportingIntervalSeconds", .supervisionInterval)
        v.check((0...86_400).contains(graceSeconds), "graceSeconds", .between(0, 86_400))
        v.optionalText(description, "description")
        try v.throwIfInvalid()
    }

    /// The EN 50136-1 single-path (SP) and dual-path (DP, primary path) categories, with the reporting
    /// times quoted by receiver vendors (see `arc-market.md` §5); SP1/SP2/SP5/SP6/DP3 are the commonly
    /// quoted figures, to be checked against the standard's text.
    public static let presets: [SupervisionProfile] = [
        ("SP1", 32 * 86_400), ("SP2", 25 * 3_600), ("SP3", 30 * 60), ("SP4", 3 * 60), ("SP5", 90), ("SP6", 20),
        ("DP1", 25 * 3_600), ("DP2", 30 * 60), ("DP3", 3 * 60), ("DP4", 90),
    ].enumerated().map { index, preset in
        SupervisionProfile(
            id: UUID(uuidString: "5A000000-0000-4000-8000-0000000000\(index + 10)")!, name: preset.0,
            reportingIntervalSeconds: preset.1, graceSeconds: min(60, max(5, preset.1 / 10)),
            description: "EN 50136-1 \(preset.0)")
    }
}
