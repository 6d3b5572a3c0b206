/// The language of an export's header line. The import reads either, so a French administrator's spreadsheet
/// (`identifiant;client;référence;nom;rue;code_postal;…`) goes back in unchanged.
public enum CSVHeaders: String, CaseIterable, Sendable {
    case english, french
}
