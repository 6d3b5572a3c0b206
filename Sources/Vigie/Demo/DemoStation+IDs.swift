import Foundation
import VigieCore

/// Fixed identifiers, so that every demo station (and every end-to-end test) has the same ids.
extension DemoStation {
    /// The kind of entity an id belongs to: the fifth-to-eighth hex digits of the id, for readability in logs.
    enum IDKind: Int {
        case customer = 1, site, transmitter, zone, contact, procedure, schedule, instruction, closureCode, user, device
    }

    /// `DE000000-00KK-4000-8000-NNNNNNNNNNNN`: a valid version-4 UUID whose digits say what it is.
    static func uuid(_ kind: IDKind, _ number: Int) -> UUID {
        func hex(_ value: Int, _ width: Int) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return UUID(uuidString: "DE000000-\(hex(kind.rawValue, 4))-4000-8000-\(hex(number, 12))")!
    }

    /// The demo's customers, by name; the raw value numbers the id.
    enum CustomerKey: Int, CaseIterable {
        case pharmacieDuCentre = 1, logisud, bijouterieMartel, menuiseriePerrin, tabacDeLaGare, supermarchesGarnier,
            banqueRhodanienne, boulangeriesChevalier, familleLefevre, familleHoarau, sisol, station

        var id: UUID { DemoStation.uuid(.customer, rawValue) }
        /// The customer number (*numéro d'abonné*): the station itself is `V0001`, customers `V1001` onwards.
        var reference: String { self == .station ? "V0001" : "V\(1000 + rawValue)" }
    }

    /// The demo's sites, by name; the raw value numbers the site and the ids of its zones, contacts, transmitters.
    enum SiteKey: Int, CaseIterable {
        case pharmacieLyon = 1
        case logisudVenissieux, logisudSaintPriest, logisudCayenne
        case martelLyon, martelVillefranche, martelAnnecy
        case perrinBrignais
        case tabacVienne
        case garnierMeyzieu, garnierDecines, garnierGenas
        case banqueGambetta, banqueMonplaisir, banqueGratteCiel, banqueSaintClair, banqueGrenoble
        case chevalierCroixRousse, chevalierGuillotiere, chevalierOullins, chevalierMontchat
        case lefevreEcully, lefevreTalloires
        case hoarauSaintPierre
        case sisolTassin, sisolCraponne, sisolFrancheville, sisolCharbonnieres
        case stationGerland, stationSecours

        var id: UUID { DemoStation.uuid(.site, rawValue) }
    }

    static func zoneID(_ site: SiteKey, _ number: Int) -> UUID { uuid(.zone, site.rawValue * 10_000 + number) }
    static func contactID(_ site: SiteKey, _ callOrder: Int) -> UUID { uuid(.contact, site.rawValue * 100 + callOrder) }
    static func transmitterID(_ site: SiteKey, _ index: Int) -> UUID { uuid(.transmitter, site.rawValue * 10 + index) }
    static func scheduleID(_ site: SiteKey) -> UUID { uuid(.schedule, site.rawValue) }

    /// One id per scope and category, so that the store's "one procedure per category and scope" always holds.
    static func procedureID(_ scope: Procedure.Scope, _ owner: Int, _ category: EventCategory) -> UUID {
        let categoryIndex = EventCategory.allCases.firstIndex(of: category)!
        let scopeBase =
            switch scope {
            case .station: 0
            case .customer: 100_000
            case .site: 200_000
            }
        return uuid(.procedure, scopeBase + owner * 100 + categoryIndex)
    }

    /// The id of a procedure written for one event code: `variant` (1, 2…) tells apart the codes of one owner
    /// and category, in a range of its own so that the category procedures keep their ids.
    static func procedureID(_ scope: Procedure.Scope, _ owner: Int, _ category: EventCategory, variant: Int) -> UUID {
        let categoryIndex = EventCategory.allCases.firstIndex(of: category)!
        let scopeBase = scope == .site ? 600_000 : 300_000
        return uuid(.procedure, scopeBase + owner * 1_000 + variant * 16 + categoryIndex)
    }

    /// The supervision preset named `name` (`SP2`, `DP3`…), which the seed writes before any transmitter.
    static func profileID(_ name: String) -> UUID {
        SupervisionProfile.presets.first { $0.name == name }!.id
    }
}
