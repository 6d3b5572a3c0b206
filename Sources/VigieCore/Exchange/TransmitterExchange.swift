import Foundation

/// `transmitters.csv` (`transmetteurs.csv`): id, site, account, receiver, line, protocol, AES key, key format,
/// supervision profile, model.
enum TransmitterExchange: ExchangeSchema {
    static let kind = ExchangeKind.transmitters

    static let columns: [ExchangeColumn<Transmitter>] = [
        .init("site", "site", field: "siteID", required: true, read: { $0.siteID.uuidString }, resolve: { $0.siteID = try $2.site($1) }),
        .init("account", "compte", field: "account", required: true, read: { $0.account }, write: { $0.account = try CellText.required($1) }),
        .init("receiver", "récepteur", field: "receiver", read: { $0.receiver ?? "" }, write: { $0.receiver = CellText.optional($1) }),
        .init("line", "ligne", field: "line", read: { $0.line ?? "" }, write: { $0.line = CellText.optional($1) }),
        .init(
            "protocol", "protocole", field: "wireProtocol", read: { $0.wireProtocol.rawValue },
            write: { $0.wireProtocol = try CellText.choice($1, default: .dc09SIA) }),
        .init("aes_key", "clé_aes", field: "aesKey", secret: true, read: { $0.aesKey ?? "" }, write: { $0.aesKey = CellText.optional($1) }),
        .init(
            "key_format", "format_clé", field: "keyFormat", read: { $0.keyFormat.rawValue },
            write: { $0.keyFormat = try CellText.choice($1, default: .hex) }),
        .init(
            "supervision_profile", "profil_supervision", field: "supervisionProfileID", read: { $0.supervisionProfileID?.uuidString ?? "" },
            resolve: { $0.supervisionProfileID = try $2.supervisionProfile($1) }),
        .init("model", "modèle", field: "model", read: { $0.model ?? "" }, write: { $0.model = CellText.optional($1) }),
    ]

    static func blank() -> Transmitter { Transmitter(siteID: UUID(), account: "") }

    static func naturalKey(of transmitter: Transmitter) -> String? { transmitter.uniqueKey }
}
