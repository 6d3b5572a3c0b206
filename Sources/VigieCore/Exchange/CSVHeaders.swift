/// The language of an export's header line. The import reads either, so a French administrator's spreadsheet
/// (`identifiant;client;référence;nom;rue;code_postal;…`) goes back in unchanged.
public enum CSVHeaders: String, CaseIterable, Sendable {
    case english, french

    /// The header of the Vigie id column, which the importer handles itself.
    var idHeader: String {
        switch self {
        case .english: "id"
        case .french: "identifiant"
        }
    }
}

extension ExchangeKind {
    /// The file name, without `.csv`, an export in `headers`'s language carries (`clients`, `customers`).
    public func fileStem(_ headers: CSVHeaders) -> String {
        switch headers {
        case .english: rawValue
        case .french: frenchName
        }
    }
}
