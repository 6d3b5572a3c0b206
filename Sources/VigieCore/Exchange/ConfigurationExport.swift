import Foundation

/// Writes the configuration in the import's own format, so that exporting then importing changes nothing.
public enum ConfigurationExport {
    /// One kind as CSV text with `headers` in English or French; secrets only when `includeSecrets` (otherwise their
    /// cells are empty, which an import reads as "keep the stored secret").
    public static func csv(
        _ kind: ExchangeKind, from configuration: ExistingConfiguration, includeSecrets: Bool, delimiter: Character = ",",
        headers: CSVHeaders = .english
    ) -> String {
        switch kind {
        case .customers: text(CustomerExchange.self, configuration.customers, includeSecrets, delimiter, headers)
        case .sites: text(SiteExchange.self, configuration.sites, includeSecrets, delimiter, headers)
        case .transmitters: text(TransmitterExchange.self, configuration.transmitters, includeSecrets, delimiter, headers)
        case .zones: text(ZoneExchange.self, configuration.zones, includeSecrets, delimiter, headers)
        case .contacts: text(ContactExchange.self, configuration.contacts, includeSecrets, delimiter, headers)
        case .devices: text(DeviceExchange.self, configuration.devices, includeSecrets, delimiter, headers)
        }
    }

    private static func text<Schema: ExchangeSchema>(
        _ schema: Schema.Type, _ entities: [Schema.Entity], _ includeSecrets: Bool, _ delimiter: Character, _ headers: CSVHeaders
    ) -> String {
        let columns = Schema.columns
        let rows = entities.map { entity in
            [entity.id.uuidString] + columns.map { column in column.secret && !includeSecrets ? "" : column.read(entity) }
        }
        let header = [headers.idHeader] + columns.map { headers == .french ? $0.frenchName : $0.name }
        return CSVWriter.text(header: header, rows: rows, delimiter: delimiter)
    }
}
