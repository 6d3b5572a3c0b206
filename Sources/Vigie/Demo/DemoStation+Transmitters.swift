import Foundation
import VigieCore

/// The panels and communicators (*transmetteurs*), one account each.
///
/// Most report on receiver 1, line 1 over DC-09; the overseas sites come through receiver 2, line 3 (the
/// station's second receiver, as a station that took over an overseas portfolio would have). Keys cover
/// every form the field has: none (older Contact ID panels), AES-128/192/256 in hex, and one 16-character
/// ASCII key as some installers type them. Supervision follows the risk: banks and the station poll every
/// 90 s, businesses every 3 or 30 min, homes and the tobacconist send one test a day (SP2, story 5).
extension DemoStation {
    static func transmitters() -> [Transmitter] {
        [
            // Story 1 and 5: burglary BA003, closing CL by user 2, mains failure AT.
            panel(.pharmacieLyon, "4F21", .dc09SIA, key: "3A7F21C94E0B5D68A1F2C3D4E5F60718", profile: "DP3", model: "Risco LightSYS+ (IP + 4G)"),
            // Story 2: burglary zones 7 then 9.
            panel(
                .logisudVenissieux, "7C30", .dc09SIA, key: "9B1E4D7A2C5F8E0B3D6A9C2F5E8B1D4A7C0F3E6B9D2A5C8F1E4B7D0A3C6F9E2B", profile: "DP3",
                model: "Vanderbilt SPC5330 (IP + 4G)"),
            panel(
                .logisudVenissieux, "7C31", .dc09ContactID, index: 2, profile: "SP3",
                model: "Transmetteur de la centrale incendie (SSI) Siemens FC722"),
            panel(.logisudSaintPriest, "7C32", .dc09SIA, key: "5E2A8C1F4B7D0E3A6C9F2B5E8A1D4C7F", profile: "DP3", model: "Vanderbilt SPC4320"),
            panel(
                .logisudCayenne, "7C40", .dc09SIA, receiver: "2", line: "3", key: "C4E7A0D3F6B9C2E5A8D1F4B7E0C3A6D9", profile: "SP4",
                model: "Hikvision AX PRO"),
            // Story 3: opening OP by user 1 outside hours.
            panel(
                .martelLyon, "2B19", .dc09SIA, key: "E1D2C3B4A5968778695A4B3C2D1E0F1A2B3C4D5E6F708192A3B4C5D6E7F8091A", profile: "DP4",
                model: "Honeywell Galaxy Flex 100 (IP + 4G)"),
            panel(.martelVillefranche, "2B1A", .dc09SIA, key: "0A1B2C3D4E5F60718293A4B5C6D7E8F9", profile: "DP3", model: "Honeywell Galaxy Flex 50"),
            panel(.martelAnnecy, "2B1B", .dc09SIA, key: "F9E8D7C6B5A4938271605F4E3D2C1B0A", profile: "DP3", model: "Honeywell Galaxy Flex 50"),
            // Story 4: fire FA001.
            panel(.perrinBrignais, "3E07", .dc09SIA, profile: "SP3", model: "Paradox EVO192 + IP150"),
            // Story 5: one test a day; the 11:02 test does not come.
            panel(.tabacVienne, "5D12", .dc09ContactID, profile: "SP2", model: "Honeywell Galaxy 2-44 + transmetteur IP"),
            // Story 6: zone 12 "verrière".
            panel(
                .garnierMeyzieu, "6A10", .dc09SIA, key: "7D3B9F1E5A2C8D4B6F0A3E7C1B5D9F2A4E8C6B0D3F7A1E5C", profile: "DP2",
                model: "Vanderbilt SPC6350 (IP + 4G)"),
            panel(.garnierDecines, "6A11", .dc09SIA, key: "2C6E0A4D8B1F5C9E3A7D0B4F8C2E6A1D", profile: "DP2", model: "Vanderbilt SPC5330"),
            panel(.garnierGenas, "6A12", .dc09ContactID, profile: "SP3", model: "DSC PowerSeries Neo HS2064 + TL280"),
            panel(.banqueGambetta, "B4001", .dc09SIA, key: bankKey(1), profile: "DP4", model: "Honeywell Galaxy Flex 100 (IP + 4G)"),
            panel(.banqueMonplaisir, "B4002", .dc09SIA, key: bankKey(2), profile: "DP4", model: "Honeywell Galaxy Flex 100 (IP + 4G)"),
            panel(.banqueGratteCiel, "B4003", .dc09SIA, key: bankKey(3), profile: "DP4", model: "Honeywell Galaxy Flex 100 (IP + 4G)"),
            panel(.banqueSaintClair, "B4004", .dc09SIA, key: bankKey(4), profile: "DP4", model: "Honeywell Galaxy Flex 100 (IP + 4G)"),
            panel(.banqueGrenoble, "B4005", .dc09SIA, key: bankKey(5), profile: "DP4", model: "Honeywell Galaxy Flex 100 (IP + 4G)"),
            // The one ASCII key: sixteen characters, AES-128.
            panel(.chevalierCroixRousse, "C1E1", .dc09SIA, key: "Chevalier#Lyon04", keyFormat: .ascii, profile: "SP4", model: "Ajax Hub 2 Plus"),
            panel(.chevalierGuillotiere, "C1E2", .dc09ContactID, profile: "SP3", model: "Texecom Premier Elite 24 + ComIP"),
            panel(.chevalierOullins, "C1E3", .dc09ContactID, profile: "SP3", model: "Texecom Premier Elite 24 + ComIP"),
            panel(.chevalierMontchat, "C1E4", .dc09ContactID, profile: "SP3", model: "Texecom Premier Elite 24 + ComIP"),
            panel(.lefevreEcully, "8E55", .dc09SIA, key: "6B2F9D4A1E7C3B8F0D5A2E9C6F1B4D7A", profile: "SP2", model: "Ajax Hub 2 (4G)"),
            panel(.lefevreTalloires, "8E56", .dc09SIA, key: "1F5B9E3D7A0C4F8B2E6D0A5C9F3B7E1D", profile: "SP2", model: "Daitem SH320AX"),
            panel(.hoarauSaintPierre, "9F70", .dc09ContactID, receiver: "2", line: "3", profile: "SP2", model: "DSC PowerSeries Neo HS2032 + TL280R"),
            panel(.sisolTassin, "D501", .dc09SIA, profile: "SP3", model: "Risco LightSYS 2"),
            panel(.sisolCraponne, "D502", .dc09ContactID, profile: "SP2", model: "Paradox MG5050 + IP150"),
            panel(.sisolFrancheville, "D503", .dc09ContactID, profile: "SP2", model: "Paradox MG5050 + IP150"),
            panel(.sisolCharbonnieres, "D504", .dc09ContactID, profile: "SP2", model: "Paradox MG5050 + IP150"),
            // Story 8: the station's own panel (intrusion, fire, access control, UPS AT, generator) …
            panel(
                .stationGerland, "57A1", .dc09SIA, key: "8E4A0C6F2B9D5E1A7C3F0B8D4E2A6C9F1D7B3E5A0C8F4B2D6E9A1C7F3B5D0E8A", profile: "DP4",
                model: "Vanderbilt SPC6350 + contrôle d'accès SiPass"),
            // … and the night operator's dead-man device (*homme mort*), reported on its own account, in Contact
            // ID: its code 102 "Fail To Report In" says what the device has to say, SIA DC-03 has no such code.
            panel(
                .stationGerland, "57A2", .dc09ContactID, index: 2, key: "4D8B2F6A0E3C7B1D5F9A2E6C0B4D8F3A", profile: "SP5",
                model: "Boîtier homme mort pupitre opérateur (DATI)"),
            panel(.stationSecours, "57B1", .dc09SIA, key: "B2D6F0A4C8E1B5D9F3A7C0E4B8D2F6A1", profile: "DP3", model: "Vanderbilt SPC4320"),
        ]
    }

    /// A transmitter with its fixed id, on receiver 1 line 1 unless said otherwise.
    private static func panel(
        _ site: SiteKey, _ account: String, _ wireProtocol: Transmitter.WireProtocol, index: Int = 1,
        receiver: String = "1", line: String = "1", key: String? = nil, keyFormat: Transmitter.KeyFormat = .hex,
        profile: String, model: String
    ) -> Transmitter {
        Transmitter(
            id: transmitterID(site, index), siteID: site.id, account: account, receiver: receiver, line: line,
            wireProtocol: wireProtocol, aesKey: key, keyFormat: keyFormat, supervisionProfileID: profileID(profile), model: model)
    }

    /// A distinct AES-256 key per bank branch, derived so that the file does not hold five long literals.
    private static func bankKey(_ branch: Int) -> String {
        let base = "5C1E9A3D7F0B4E8C2A6D1F5B9E3C7A0D4F8B2E6C1A5D9F3B7E0C4A8D2F6B1E90"
        return String(base.dropLast()) + String(branch, radix: 16, uppercase: true)
    }
}
