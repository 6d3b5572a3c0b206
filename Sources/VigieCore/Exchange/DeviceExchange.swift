import Foundation

/// `devices.csv` (`cameras.csv`): id, site, name, kind, driver, host, HTTPS, account, password, channel, zones,
/// presets, RTSP URL, snapshot URL, mailbox, model, event stream.
///
/// Zones are numbers separated by spaces (`4 5`); presets are `number: name` pairs separated by `;`
/// (`1: Portail; 2: Quai`), as a contact's phones are.
enum DeviceExchange: ExchangeSchema {
    static let kind = ExchangeKind.devices

    static let columns: [ExchangeColumn<Device>] = [
        .init("site", "site", field: "siteID", required: true, read: { $0.siteID.uuidString }, resolve: { $0.siteID = try $2.site($1) }),
        .init("name", "nom", field: "name", required: true, read: { $0.name }, write: { $0.name = try CellText.required($1) }),
        .init("kind", "type", field: "kind", read: { $0.kind.rawValue }, write: { $0.kind = try CellText.choice($1, default: .camera) }),
        .init("driver", "pilote", field: "driver", required: true, read: { $0.driver.rawValue }, write: { $0.driver = try CellText.choice($1) }),
        .init("host", "adresse", field: "host", required: true, read: { $0.host }, write: { $0.host = try CellText.required($1) }),
        .init("https", "https", field: "https", read: { $0.https ? "true" : "false" }, write: { $0.https = try CellText.bool($1) }),
        .init("username", "compte", field: "username", read: { $0.username ?? "" }, write: { $0.username = CellText.optional($1) }),
        .init(
            "password", "mot_de_passe", field: "password", secret: true, read: { $0.password ?? "" }, write: { $0.password = CellText.optional($1) }),
        .init("channel", "voie", field: "channel", read: { String($0.channel) }, write: { $0.channel = try CellText.optionalInt($1) ?? 1 }),
        .init("zones", "zones", field: "zones", read: { $0.zones.map(String.init).joined(separator: " ") }, write: { $0.zones = try zones($1) }),
        .init("presets", "positions", field: "presets", read: { presetsText($0.presets) }, write: { $0.presets = try presets($1) }),
        .init("rtsp_url", "flux_rtsp", field: "rtspURL", read: { $0.rtspURL ?? "" }, write: { $0.rtspURL = CellText.optional($1) }),
        .init(
            "snapshot_url", "adresse_image", field: "snapshotURL", read: { $0.snapshotURL ?? "" }, write: { $0.snapshotURL = CellText.optional($1) }),
        .init("mailbox", "boîte_mail", field: "mailbox", read: { $0.mailbox ?? "" }, write: { $0.mailbox = CellText.optional($1) }),
        .init("model", "modèle", field: "model", read: { $0.model ?? "" }, write: { $0.model = CellText.optional($1) }),
        .init(
            "event_stream", "flux_evenements", field: "eventStream", read: { $0.eventStream ? "true" : "false" },
            write: { $0.eventStream = try CellText.bool($1) }),
    ]

    static func blank() -> Device { Device(siteID: UUID(), name: "", driver: .onvif, host: "") }

    /// A device is the same from one file to the next by its site and its name.
    static func naturalKey(of device: Device) -> String? { "\(device.siteID)/\(device.name.searchFolded)" }

    /// Zone numbers separated by spaces, commas or semicolons.
    static func zones(_ text: String) throws(CellError) -> [Int] {
        var numbers: [Int] = []
        for part in text.split(whereSeparator: { " ,;".contains($0) }) {
            guard let number = Int(part) else { throw CellError(.zoneList) }
            numbers.append(number)
        }
        return numbers
    }

    static func presetsText(_ presets: [Device.Preset]) -> String {
        CellText.pairsText(presets.map { (String($0.number), $0.name) })
    }

    static func presets(_ text: String) throws(CellError) -> [Device.Preset] {
        var presets: [Device.Preset] = []
        for pair in CellText.pairs(text) {
            guard let number = pair.label.flatMap({ Int($0) }) else { throw CellError(.presetPairs) }
            presets.append(Device.Preset(number: number, name: pair.value))
        }
        return presets
    }
}
