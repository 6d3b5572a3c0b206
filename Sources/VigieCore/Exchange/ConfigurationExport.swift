import Foundation

/// Writes the configuration in the import's own format, so that exporting then importing changes nothing.
public enum ConfigurationExport {
    /// One kind as CSV text with English headers; secrets only when `includeSecrets` (otherwise their cells are
    /// empty, which an import reads as "keep the stored secret").
    public static func csv(
        _ kind: ExchangeKind, from configuration: ExistingConfiguration, includeSecrets: Bool, delimiter: Character = ","
    ) -> String {
        switch kind {
        case .customers: text(CustomerExchange.self, configuration.customers, includeSecrets, delimiter)
        case .sites: text(SiteExchange.self, configuration.sites, includeSecrets, delimiter)
        case .transmitters: text(TransmitterExchange.self, configuration.transmitters, includeSecrets, delimiter)
        case .zones: text(ZoneExchange.self, configuration.zones, includeSecrets, delimiter)
        case .contacts: text(ContactExchange.self, configuration.contacts, includeSecrets, delimiter)
        }
    }

    private static func text<Schema: ExchangeSchema>(
        _ schema: Schema.Type, _ entities: [Schema.Entity], _ includeSecrets: Bool, _ delimiter: Character
    ) -> String {
        let columns = Schema.columns
        let rows = entities.map { entity in
            [entity.id.uuidString] + columns.map { column in column.secret && !includeSecrets ? "" : column.read(entity) }
        }
        return CSVWriter.text(header: ["id"] + columns.map(\.name), rows: rows, delimiter: delimiter)
    }
}
