import Foundation
import VigieCore

/// The call lists of the other sites. The station's own list starts with the supervisor on duty, whom the
/// dead-man procedure calls (story 8).
extension DemoStation {
    static func moreContacts() -> [Contact] {
        let branches: [(SiteKey, String, String, String)] = [
            (.banqueGambetta, "Mme Nathalie Guérin", "06 70 38 14 92", "cèdre"),
            (.banqueMonplaisir, "M. Stéphane Morel", "06 52 19 87 34", "séquoia"),
            (.banqueGratteCiel, "Mme Aurélie Fontaine", "06 04 61 25 87", "mélèze"),
            (.banqueSaintClair, "M. Laurent Masson", "06 29 84 50 13", "tilleul"),
            (.banqueGrenoble, "M. Damien Rey", "06 86 13 47 29", "sapin"),
        ]
        let bank = branches.flatMap { site, manager, phone, word in
            [
                contact(
                    site, 1, "PC sécurité Banque Rhodanienne", "poste central de sécurité de la banque", [bureau("04 72 40 70 99")],
                    codeWord: "vigneron", duressWord: "cyclone", availability: "24 h/24", keyholder: true),
                contact(
                    site, 2, manager, "directeur d'agence, détenteur de clés", [mobile(phone)],
                    codeWord: word, duressWord: "cyclone", availability: "24 h/24", keyholder: true),
            ]
        }
        let shops: [(SiteKey, String, String)] = [
            (.chevalierCroixRousse, "Mme Élodie Chevalier", "06 33 72 18 45"),
            (.chevalierGuillotiere, "M. Mehdi Haddad", "07 68 24 51 90"),
            (.chevalierOullins, "Mme Marion Giraud", "06 41 09 63 27"),
            (.chevalierMontchat, "M. Thomas Roussel", "06 77 52 30 86"),
        ]
        let bakeries = shops.flatMap { site, manager, phone in
            [
                contact(
                    site, 1, manager, "responsable de boutique, détenteur de clés", [mobile(phone)],
                    codeWord: "baguette", availability: "24 h/24 — au fournil dès 4 h", keyholder: true),
                contact(
                    site, 2, "M. Pascal Chevalier", "gérant", [mobile("06 15 92 46 31"), bureau("04 78 29 41 76")],
                    codeWord: "fougasse", availability: "24 h/24", keyholder: true),
            ]
        }
        return bank + bakeries + homeContacts() + publicAndStationContacts()
    }

    private static func homeContacts() -> [Contact] {
        [
            contact(
                .lefevreEcully, 1, "M. Philippe Lefèvre", "propriétaire", [mobile("06 14 52 87 30"), domicile("04 78 33 52 18")],
                codeWord: "hirondelle", duressWord: "grêle", availability: "24 h/24", keyholder: true),
            contact(
                .lefevreEcully, 2, "Mme Catherine Lefèvre", "propriétaire", [mobile("06 14 52 87 31")],
                codeWord: "hirondelle", duressWord: "grêle", availability: "24 h/24", keyholder: true),
            contact(
                .lefevreEcully, 3, "M. Alain Girard", "voisin, détenteur de clés", [domicile("04 78 33 49 02"), mobile("06 90 27 43 18")],
                codeWord: "mésange", availability: "soirs et week-ends", keyholder: true),
            contact(
                .lefevreTalloires, 1, "Mme Odile Burnier", "gardienne, détentrice de clés", [domicile("04 50 60 71 24"), mobile("06 73 45 18 02")],
                codeWord: "edelweiss", availability: "8 h–21 h", keyholder: true),
            contact(
                .lefevreTalloires, 2, "M. Philippe Lefèvre", "propriétaire", [mobile("06 14 52 87 30")],
                codeWord: "hirondelle", duressWord: "grêle", availability: "24 h/24", keyholder: true),
            contact(
                .hoarauSaintPierre, 1, "M. Jean-Marc Hoarau", "propriétaire", [mobile("06 92 41 18 63"), domicile("02 62 25 48 91")],
                codeWord: "vétiver", duressWord: "cyclone", availability: "24 h/24 (heure de La Réunion)", keyholder: true),
            contact(
                .hoarauSaintPierre, 2, "Mme Marie-Claude Hoarau", "propriétaire", [mobile("06 92 41 18 64")],
                codeWord: "vétiver", duressWord: "cyclone", availability: "24 h/24 (heure de La Réunion)", keyholder: true),
            contact(
                .hoarauSaintPierre, 3, "M. Dimitri Payet", "voisin, détenteur de clés", [mobile("06 92 87 30 52")],
                codeWord: "letchi", availability: "soirs et week-ends (heure de La Réunion)", keyholder: true),
        ]
    }

    private static func publicAndStationContacts() -> [Contact] {
        let onCall = Contact.Phone(number: "06 07 45 82 19", label: "astreinte")
        let schools: [(SiteKey, String?)] = [
            (.sisolTassin, "M. Daniel Ribeiro"), (.sisolCraponne, nil), (.sisolFrancheville, nil), (.sisolCharbonnieres, nil),
        ]
        let sisol = schools.flatMap { site, caretaker -> [Contact] in
            let first =
                caretaker.map {
                    [
                        contact(
                            site, 1, $0, "gardien (logement de fonction), détenteur de clés", [domicile("04 78 34 22 62"), mobile("06 58 14 93 27")],
                            codeWord: "marelle", availability: "24 h/24 sauf congés", keyholder: true)
                    ]
                } ?? []
            let next = first.count + 1
            return first + [
                contact(
                    site, next, "Astreinte services techniques SISOL", "agent d'astreinte, détenteur de clés", [onCall],
                    codeWord: "cartable", availability: "24 h/24", keyholder: true),
                contact(
                    site, next + 1, "M. Hervé Blanc", "directeur des services techniques", [bureau("04 78 34 10 21"), mobile("06 21 36 74 85")],
                    codeWord: "cartable", availability: "jours ouvrés 8 h–17 h 30"),
            ]
        }
        return sisol + [
            contact(
                .stationGerland, 1, "Chef de poste de permanence", "chef de poste (superviseur)",
                [Contact.Phone(number: "06 07 12 34 80", label: "téléphone de permanence")],
                codeWord: "phare", duressWord: "brouillard", availability: "24 h/24", keyholder: true),
            contact(
                .stationGerland, 2, "Mme Claire Martin", "cheffe de poste, responsable d'exploitation", [mobile("06 84 21 57 03")],
                codeWord: "phare", duressWord: "brouillard", availability: "24 h/24", keyholder: true),
            contact(
                .stationGerland, 3, "M. Sébastien Faure", "responsable technique (astreinte onduleur, groupe, réseau)", [mobile("06 26 93 40 71")],
                codeWord: "balise", availability: "24 h/24", keyholder: true),
            contact(
                .stationGerland, 4, "M. François Delaunay", "directeur de la station", [mobile("06 09 58 12 46"), bureau("04 72 76 10 01")],
                codeWord: "amer", availability: "24 h/24 pour les incidents majeurs"),
            contact(
                .stationSecours, 1, "M. Sébastien Faure", "responsable technique, détenteur de clés", [mobile("06 26 93 40 71")],
                codeWord: "balise", availability: "24 h/24", keyholder: true),
            contact(
                .stationSecours, 2, "Chef de poste de permanence", "chef de poste (superviseur)",
                [Contact.Phone(number: "06 07 12 34 80", label: "téléphone de permanence")],
                codeWord: "phare", availability: "24 h/24"),
        ]
    }
}
