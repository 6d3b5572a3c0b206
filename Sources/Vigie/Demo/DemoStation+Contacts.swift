import Foundation
import VigieCore

/// The call lists (*listes d'appel*) of the story sites, in call order, with code and duress words.
/// Story words: Mme Roux's code word *tulipe* (story 1), the Martels' duress word *orage* (story 3);
/// M. Garnier calls from his mobile 06 12 48 73 90 (story 6).
extension DemoStation {
    static func contacts() -> [Contact] { storyContacts() + moreContacts() }

    static func mobile(_ number: String) -> Contact.Phone { Contact.Phone(number: number, label: "mobile") }
    static func bureau(_ number: String) -> Contact.Phone { Contact.Phone(number: number, label: "bureau") }
    static func domicile(_ number: String) -> Contact.Phone { Contact.Phone(number: number, label: "domicile") }

    /// A contact with its fixed id, from its site and place in the call list.
    static func contact(
        _ site: SiteKey, _ callOrder: Int, _ name: String, _ role: String, _ phones: [Contact.Phone],
        codeWord: String? = nil, duressWord: String? = nil, availability: String? = nil, keyholder: Bool = false
    ) -> Contact {
        Contact(
            id: contactID(site, callOrder), siteID: site.id, callOrder: callOrder, name: name, role: role, phones: phones,
            codeWord: codeWord, duressWord: duressWord, availability: availability, isKeyholder: keyholder)
    }

    private static func storyContacts() -> [Contact] {
        [
            contact(
                .pharmacieLyon, 1, "Mme Hélène Roux", "pharmacienne titulaire", [bureau("04 78 37 21 46"), mobile("06 71 24 58 93")],
                codeWord: "tulipe", duressWord: "mimosa", availability: "24 h/24, y compris la nuit pour le réfrigérateur", keyholder: true),
            contact(
                .pharmacieLyon, 2, "M. Olivier Roux", "détenteur de clés", [mobile("06 63 18 42 07"), domicile("04 78 42 61 15")],
                codeWord: "tulipe", availability: "24 h/24", keyholder: true),
            contact(
                .pharmacieLyon, 3, "Mme Camille Besson", "pharmacienne adjointe", [mobile("07 81 36 90 24")],
                codeWord: "glycine", availability: "jours ouvrés 8 h–20 h", keyholder: true),

            contact(
                .logisudVenissieux, 1, "M. Franck Delorme", "responsable d'exploitation, détenteur de clés",
                [mobile("06 08 47 12 66"), bureau("04 72 50 18 31")],
                codeWord: "chardon", availability: "24 h/24", keyholder: true),
            contact(
                .logisudVenissieux, 2, "M. Yannick Bernard", "chef de quai, détenteur de clés", [mobile("06 22 93 05 71")],
                codeWord: "chardon", availability: "24 h/24 — habite à Vienne (40 min)", keyholder: true),
            contact(
                .logisudVenissieux, 3, "Mme Sandrine Vidal", "responsable sécurité groupe", [bureau("04 72 50 18 30"), mobile("06 45 70 28 13")],
                codeWord: "bruyère", availability: "jours ouvrés 8 h–18 h"),
            contact(
                .logisudSaintPriest, 1, "M. Thierry Roche", "chef de site, détenteur de clés", [mobile("06 37 51 84 20")],
                codeWord: "chardon", availability: "24 h/24", keyholder: true),
            contact(
                .logisudSaintPriest, 2, "M. Franck Delorme", "responsable d'exploitation", [mobile("06 08 47 12 66")],
                codeWord: "chardon", availability: "24 h/24", keyholder: true),
            contact(
                .logisudCayenne, 1, "M. Patrick Sainte-Rose", "responsable d'agence, détenteur de clés",
                [mobile("06 94 23 61 78"), bureau("05 94 30 27 84")],
                codeWord: "maripa", availability: "24 h/24 (heure de Guyane)", keyholder: true),
            contact(
                .logisudCayenne, 2, "Mme Nadège Horth", "adjointe d'agence", [mobile("06 94 40 12 85")],
                codeWord: "maripa", availability: "jours ouvrés 7 h–16 h (heure de Guyane)", keyholder: true),

            contact(
                .martelLyon, 1, "M. Antoine Martel", "gérant, responsable sécurité", [mobile("06 80 14 37 52"), bureau("04 78 28 64 12")],
                codeWord: "saphir", duressWord: "orage", availability: "24 h/24", keyholder: true),
            contact(
                .martelLyon, 2, "Mme Isabelle Martel", "cogérante, détentrice de clés", [mobile("06 80 14 37 53")],
                codeWord: "émeraude", duressWord: "orage", availability: "24 h/24", keyholder: true),
            contact(
                .martelLyon, 3, "Mme Laure Chapuis", "vendeuse", [mobile("07 62 05 48 19")],
                codeWord: "opale", duressWord: "orage", availability: "heures d'ouverture"),
            contact(
                .martelVillefranche, 1, "Mme Claire Dufour", "responsable de boutique, détentrice de clés", [mobile("06 31 72 49 08")],
                codeWord: "rubis", duressWord: "orage", availability: "24 h/24", keyholder: true),
            contact(
                .martelVillefranche, 2, "M. Antoine Martel", "gérant", [mobile("06 80 14 37 52")],
                codeWord: "saphir", duressWord: "orage", availability: "24 h/24", keyholder: true),
            contact(
                .martelAnnecy, 1, "M. Lucas Favre", "responsable de boutique, détenteur de clés", [mobile("06 58 26 91 34")],
                codeWord: "topaze", duressWord: "orage", availability: "24 h/24", keyholder: true),
            contact(
                .martelAnnecy, 2, "M. Antoine Martel", "gérant", [mobile("06 80 14 37 52")],
                codeWord: "saphir", duressWord: "orage", availability: "24 h/24", keyholder: true),

            contact(
                .perrinBrignais, 1, "M. Gilles Perrin", "gérant, détenteur de clés", [domicile("04 78 05 12 74"), mobile("06 12 87 35 40")],
                codeWord: "chêne", availability: "24 h/24 — habite à 5 min", keyholder: true),
            contact(
                .perrinBrignais, 2, "M. Kevin Perrin", "chef d'atelier, détenteur de clés", [mobile("06 95 41 26 17")],
                codeWord: "chêne", availability: "24 h/24", keyholder: true),
            contact(
                .perrinBrignais, 3, "Mme Josiane Perrin", "comptable", [bureau("04 78 05 33 87")],
                codeWord: "érable", availability: "jours ouvrés 8 h–17 h"),

            contact(
                .tabacVienne, 1, "M. Manuel Dos Santos", "exploitant, détenteur de clés", [bureau("04 74 85 12 09"), mobile("06 24 68 13 57")],
                codeWord: "lusitania", duressWord: "bourrasque", availability: "24 h/24 — habite au-dessus du tabac", keyholder: true),
            contact(
                .tabacVienne, 2, "Mme Ana Dos Santos", "co-exploitante", [mobile("06 24 68 13 58")],
                codeWord: "lusitania", duressWord: "bourrasque", availability: "24 h/24", keyholder: true),

            contact(
                .garnierMeyzieu, 1, "M. Bertrand Garnier", "gérant", [mobile("06 12 48 73 90"), bureau("04 78 31 90 55")],
                codeWord: "marronnier", duressWord: "tempête", availability: "24 h/24", keyholder: true),
            contact(
                .garnierMeyzieu, 2, "Mme Sylvie Lacroix", "adjointe de direction, détentrice de clés", [mobile("06 47 20 81 36")],
                codeWord: "marronnier", duressWord: "tempête", availability: "24 h/24", keyholder: true),
            contact(
                .garnierMeyzieu, 3, "M. Rachid Mansouri", "responsable sécurité", [mobile("06 83 59 04 62")],
                codeWord: "peuplier", duressWord: "tempête", availability: "jours ouvrés 7 h–19 h"),
            contact(
                .garnierDecines, 1, "M. Julien Carron", "directeur de magasin, détenteur de clés", [mobile("06 19 73 26 48")],
                codeWord: "platane", duressWord: "tempête", availability: "24 h/24", keyholder: true),
            contact(
                .garnierDecines, 2, "M. Bertrand Garnier", "gérant", [mobile("06 12 48 73 90")],
                codeWord: "marronnier", duressWord: "tempête", availability: "24 h/24", keyholder: true),
            contact(
                .garnierGenas, 1, "M. Éric Vial", "chef d'entrepôt, détenteur de clés", [mobile("06 36 15 92 70")],
                codeWord: "banquise", availability: "24 h/24", keyholder: true),
            contact(
                .garnierGenas, 2, "Froid Services Est", "frigoriste d'astreinte", [bureau("04 78 40 90 90")],
                availability: "24 h/24 — pannes de froid uniquement"),
            contact(
                .garnierGenas, 3, "M. Bertrand Garnier", "gérant", [mobile("06 12 48 73 90")],
                codeWord: "marronnier", availability: "24 h/24", keyholder: true),
        ]
    }
}
