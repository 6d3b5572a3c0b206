import Foundation

/// How one kind of configuration is laid out in an import/export file.
protocol ExchangeSchema: Sendable {
    associatedtype Entity: ConfigEntity
    static var kind: ExchangeKind { get }
    /// The `id` column comes first and is handled by the importer; these are the others, in export order.
    static var columns: [ExchangeColumn<Entity>] { get }
    /// The starting value of an entity the file creates, before its cells are written.
    static func blank() -> Entity
    /// What finds the stored entity that a line without an id updates (a site's reference, a transmitter's account).
    static func naturalKey(of entity: Entity) -> String?
}

/// The kinds an ARC migrates from another product, in the order an import writes them (parents first).
public enum ExchangeKind: String, Codable, Sendable, CaseIterable {
    case customers, sites, transmitters, zones, contacts, devices

    /// The French file name an export from a French product may carry (`clients.csv`).
    public var frenchName: String {
        switch self {
        case .customers: "clients"
        case .sites: "sites"
        case .transmitters: "transmetteurs"
        case .zones: "zones"
        case .contacts: "contacts"
        case .devices: "cameras"
        }
    }

    /// The kind a file's name says it holds (`sites.csv`, `Transmetteurs-2026.csv`), if any.
    public init?(fileName: String) {
        let stem = URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent.searchFolded
        guard let kind = Self.allCases.first(where: { stem.hasPrefix($0.rawValue) || stem.hasPrefix($0.frenchName) }) else { return nil }
        self = kind
    }
}
