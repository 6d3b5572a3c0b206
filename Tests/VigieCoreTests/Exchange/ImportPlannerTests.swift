import Foundation
import Testing

@testable import VigieCore

/// Reading an ARC's customer base: references by the ARC's own codes, French or English headers, every bad line
/// named with its reason, and nothing planned when one line is bad.
@Suite struct ImportPlannerTests {
    static let customers = """
        reference,name,kind,phone
        C-001,Pharmacie du Centre,retail,04 78 00 00 01
        C-002,Logisud,industrial,
        """
    static let sites = """
        Client;Référence;Nom;Adresse;Code postal;Ville;Risque;Mode
        C-001;S-001;Pharmacie du Centre — Lyon 2e;12 rue de la République;69002;Lyon;high;normal
        C-002;S-002;Entrepôt Logisud;ZI des Bruyères;69800;Saint-Priest;;test until 2026-12-01T08:00:00Z
        """
    static let transmitters = """
        site,account,receiver,line,protocol,aes_key
        S-001,4F21,1,1,dc09SIA,000102030405060708090A0B0C0D0E0F
        S-002,7C30,1,1,dc09ContactID,
        """
    static let zones = """
        site,number,type,description,location
        S-001,1,entryExit,Porte d'entrée,officine
        S-001,2,holdUp,Bouton agression,comptoir
        S-002,1,perimeter,Quai 3,
        """
    static let contacts = """
        site,call_order,name,phones,code_word,keyholder
        S-001,1,Mme Roux,"mobile: 06 12 34 56 78; bureau: 04 78 00 00 01",tulipe,oui
        """

    static var files: [ImportFile] {
        [
            ImportFile(name: "contacts.csv", text: contacts), ImportFile(name: "zones.csv", text: zones),
            ImportFile(name: "transmetteurs.csv", text: transmitters), ImportFile(name: "sites.csv", text: sites),
            ImportFile(name: "clients.csv", text: customers),
        ]
    }

    @Test func readsAWholeBaseParentsFirstWithTheARCsOwnCodes() throws {
        let plan = ImportPlanner.plan(Self.files, existing: ExistingConfiguration())
        #expect(plan.problems == [])
        #expect(plan.preview == ImportCounts(created: 10))
        #expect(
            plan.entities.map { type(of: $0).kind } == [
                .customer, .customer, .site, .site, .transmitter, .transmitter, .zone, .zone, .zone, .contact,
            ])
        let customer = try #require(plan.entities[0] as? Customer)
        let site = try #require(plan.entities[2] as? Site)
        let transmitter = try #require(plan.entities[4] as? Transmitter)
        let contact = try #require(plan.entities[9] as? Contact)
        #expect(site.customerID == customer.id)
        #expect(site.address == PostalAddress(street: "12 rue de la République", postalCode: "69002", city: "Lyon"))
        #expect(site.riskLevel == .high)
        #expect((plan.entities[3] as? Site)?.mode == .test(until: Date(timeIntervalSince1970: 1_796_112_000)))
        #expect(transmitter.siteID == site.id && transmitter.aesKey == "000102030405060708090A0B0C0D0E0F")
        #expect(contact.phones == [.init(number: "06 12 34 56 78", label: "mobile"), .init(number: "04 78 00 00 01", label: "bureau")])
        #expect(contact.isKeyholder && contact.codeWord == "tulipe")
        #expect(plan.origins[2] == ImportOrigin(file: "sites.csv", line: 2))
    }

    @Test func readingTheSameFilesAgainOverWhatIsStoredChangesNothing() throws {
        let first = ImportPlanner.plan(Self.files, existing: ExistingConfiguration())
        let stored = Self.existing(first.entities)
        let again = ImportPlanner.plan(Self.files, existing: stored)
        #expect(again.problems == [])
        #expect(again.preview == ImportCounts(unchanged: 10))
        #expect(again.entities.map(\.id) == first.entities.map(\.id))

        let renamed = Self.customers.replacingOccurrences(of: "Logisud,", with: "Logisud Transports,")
        let update = ImportPlanner.plan([ImportFile(name: "customers.csv", text: renamed)], existing: stored)
        #expect(update.preview == ImportCounts(updated: 1, unchanged: 1))
    }

    @Test func anEmptySecretCellKeepsTheStoredSecret() throws {
        let stored = Self.existing(ImportPlanner.plan(Self.files, existing: ExistingConfiguration()).entities)
        let withoutKey = Self.transmitters.replacingOccurrences(of: "000102030405060708090A0B0C0D0E0F", with: "")
        let plan = ImportPlanner.plan([ImportFile(name: "transmitters.csv", text: withoutKey)], existing: stored)
        #expect(plan.preview == ImportCounts(unchanged: 2))
        #expect((plan.entities[0] as? Transmitter)?.aesKey == "000102030405060708090A0B0C0D0E0F")
    }

    /// Each bad input, and the one problem it must produce.
    static let badLines: [(file: String, text: String, problem: ImportProblem, key: String)] = [
        (
            "sites.csv", "client,name,street,postal_code,city\nC-404,Site,1 rue,69001,Lyon",
            .init(file: "sites.csv", line: 2, column: "client", reason: "\"C-404\" is no known customer id or reference"),
            "unknownReference.customer"
        ),
        (
            "sites.csv", "customer,name,street,postal_code,city\nC-001,Site,1 rue,6900,Lyon",
            .init(file: "sites.csv", line: 2, column: "postal_code", reason: "must be five digits in France"),
            "postalCodeFrance"
        ),
        (
            "zones.csv", "site,number,type,description\nS-001,deux,interior,Couloir",
            .init(file: "zones.csv", line: 2, column: "number", reason: "must be a whole number"),
            "wholeNumber"
        ),
        (
            "zones.csv", "site,number,type,description\nS-001,3,laser,Couloir",
            .init(
                file: "zones.csv", line: 2, column: "type", reason: "must be one of " + Zone.ZoneType.allCases.map(\.rawValue).joined(separator: ", ")
            ),
            "oneOf"
        ),
        (
            "zones.csv", "site,number,type,description\nS-001,3,interior,Couloir\nS-001,3,interior,Couloir bis",
            .init(file: "zones.csv", line: 3, column: nil, reason: "describes the same zone as line 2"),
            "sameItemAsLine"
        ),
        (
            "transmitters.csv", "site,account,receiver,line\nS-001,4F21,1,1\nS-001,4f21,1,1\n",
            .init(file: "transmitters.csv", line: 3, column: nil, reason: "describes the same transmitter as line 2"),
            "sameItemAsLine"
        ),
        (
            "zones.csv", "site,numero,type,description,colour\nS-001,1,interior,Couloir,rouge",
            .init(file: "zones.csv", line: 1, column: "colour", reason: "is not a column of zones (id, site, number, type, description, location)"),
            "unknownColumn"
        ),
        (
            "zones.csv", "site,type,description\nS-001,interior,Couloir",
            .init(file: "zones.csv", line: 1, column: "number", reason: "is a required column"),
            "requiredColumn"
        ),
        (
            "contacts.csv", "site,call_order,name,phones,keyholder\nS-001,1,M. Roux,06 12 34 56 78,peut-être",
            .init(file: "contacts.csv", line: 2, column: "keyholder", reason: "must be true or false (oui or non)"),
            "yesOrNo"
        ),
        (
            "customers.csv", "id,name\nC-001,Pharmacie",
            .init(file: "customers.csv", line: 2, column: "id", reason: "must be a Vigie id or empty (your own codes go in the reference column)"),
            "vigieID"
        ),
        (
            "customers.csv", "name,kind\n\"Pharmacie,retail\n",
            .init(file: "customers.csv", line: 2, column: nil, reason: "a quoted cell is not closed"),
            "unclosedQuote"
        ),
        (
            "customers.csv", "name\nPharmacie,de trop",
            .init(file: "customers.csv", line: 2, column: nil, reason: "has 2 cells but the header has 1"),
            "cellCount"
        ),
        (
            "inventaire.csv", "name\nx",
            .init(
                file: "inventaire.csv", line: nil, column: nil,
                reason:
                    "the file name must start with one of customers (clients), sites (sites), transmitters (transmetteurs), zones (zones), contacts (contacts), devices (cameras)"
            ),
            "fileName"
        ),
        (
            "devices.csv", "site,name,driver,host\nS-001,Caméra,hikvisionISAPI,http://192.0.2.10/ISAPI",
            .init(file: "devices.csv", line: 2, column: "host", reason: Reason.deviceHost.english),
            "deviceHost"
        ),
        (
            "cameras.csv", "site,nom,pilote,adresse,zones\nS-001,Caméra,onvif,192.0.2.11,1 deux",
            .init(file: "cameras.csv", line: 2, column: "zones", reason: "must be zone numbers separated by spaces"),
            "zoneList"
        ),
        (
            "cameras.csv", "site,nom,pilote,adresse,positions\nS-001,Caméra,onvif,192.0.2.11,Portail",
            .init(file: "cameras.csv", line: 2, column: "positions", reason: "must be number: name pairs separated by ;"),
            "presetPairs"
        ),
    ]

    @Test(arguments: 0..<badLines.count)
    func aBadLineIsNamedWithItsReasonAndNothingIsPlanned(case index: Int) {
        let bad = Self.badLines[index]
        let files = Self.files.filter { $0.name.hasPrefix("clients") || $0.name.hasPrefix("sites") } + [ImportFile(name: bad.file, text: bad.text)]
        let plan = ImportPlanner.plan(files, existing: ExistingConfiguration())
        #expect(plan.problems.map { ImportProblem(file: $0.file, line: $0.line, column: $0.column, reason: $0.reason) } == [bad.problem])
        #expect(plan.problems.map(\.key) == [bad.key])
    }

    /// In English and in French headers (under French file names): the import reads both back to the same entities.
    @Test(arguments: CSVHeaders.allCases)
    func exportThenImportReproducesEveryEntity(headers: CSVHeaders) throws {
        let plan = ImportPlanner.plan(Self.files, existing: ExistingConfiguration())
        let stored = Self.existing(plan.entities)
        let exported = ExchangeKind.allCases.map { kind in
            ImportFile(
                name: "\(kind.fileStem(headers)).csv",
                text: ConfigurationExport.csv(kind, from: stored, includeSecrets: true, delimiter: ";", headers: headers))
        }
        #expect(exported.allSatisfy { $0.text.hasPrefix(headers == .french ? "identifiant;" : "id;") })
        let references = ExistingConfiguration(supervisionProfiles: stored.supervisionProfiles)
        let reimported = ImportPlanner.plan(exported, existing: references)
        #expect(reimported.problems == [])
        #expect(reimported.entities.map { "\($0)" } == plan.entities.map { "\($0)" })
        #expect(ImportPlanner.plan(exported, existing: stored).preview == ImportCounts(unchanged: 10))
    }

    static func existing(_ entities: [any ConfigEntity]) -> ExistingConfiguration {
        ExistingConfiguration(
            customers: entities.compactMap { $0 as? Customer }, sites: entities.compactMap { $0 as? Site },
            transmitters: entities.compactMap { $0 as? Transmitter }, zones: entities.compactMap { $0 as? Zone },
            contacts: entities.compactMap { $0 as? Contact }, devices: entities.compactMap { $0 as? Device })
    }

    static let cameras = """
        site;nom;type;pilote;adresse;https;compte;mot_de_passe;voie;zones;positions;flux_rtsp;boîte_mail
        S-001;Caméra officine;recorderChannel;hikvisionISAPI;192.0.2.10:8080;oui;admin;12345;3;1 2;"1: Comptoir; 2: Porte";\
        rtsp://{host}:554/Streaming/Channels/{channel}01;officine
        """

    /// A French cameras file: its zones, presets, password and mailbox read, and the export reads back unchanged.
    @Test func aCamerasFileReadsItsZonesPresetsAndSecretsAndComesBack() throws {
        let plan = ImportPlanner.plan(Self.files + [ImportFile(name: "cameras.csv", text: Self.cameras)], existing: ExistingConfiguration())
        #expect(plan.problems == [])
        let site = try #require(plan.entities.compactMap { $0 as? Site }.first)
        let device = try #require(plan.entities.compactMap { $0 as? Device }.first)
        #expect(device.siteID == site.id && device.kind == .recorderChannel && device.driver == .hikvisionISAPI && device.https)
        #expect(device.host == "192.0.2.10:8080" && device.channel == 3 && device.zones == [1, 2])
        #expect(device.presets == [.init(number: 1, name: "Comptoir"), .init(number: 2, name: "Porte")])
        #expect(device.password == "12345" && device.mailbox == "officine")
        #expect(device.rtspURL == "rtsp://{host}:554/Streaming/Channels/{channel}01")

        let stored = Self.existing(plan.entities)
        for headers in CSVHeaders.allCases {
            let exported = ConfigurationExport.csv(.devices, from: stored, includeSecrets: true, delimiter: ";", headers: headers)
            let again = ImportPlanner.plan([ImportFile(name: "devices.csv", text: exported)], existing: stored)
            #expect(again.problems == [] && again.preview == ImportCounts(unchanged: 1), "\(exported)")
        }
        let withoutSecrets = ConfigurationExport.csv(.devices, from: stored, includeSecrets: false)
        #expect(!withoutSecrets.contains("12345"))
    }
}
