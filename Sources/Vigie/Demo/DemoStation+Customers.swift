import Foundation
import VigieCore

/// The subscribers (*abonnés*): the businesses of the stories, a bank, bakeries, homes, a public body,
/// and the station itself, which monitors its own premises like any other site (story 8).
extension DemoStation {
    static func customers() -> [Customer] {
        [
            customer(
                .pharmacieDuCentre, "Pharmacie du Centre", kind: .healthcare,
                phone: "04 78 37 21 46", email: "contact@pharmacie-du-centre.example",
                notes: "SELARL, titulaire Mme Hélène Roux. Réfrigérateur à médicaments sous surveillance : toute coupure secteur est urgente."),
            customer(
                .logisud, "Logisud", kind: .industrial,
                phone: "04 72 50 18 30", email: "exploitation@logisud.example",
                notes: "Logisticien, trois entrepôts. Contrat d'intervention Garde Sécurité Rhône, délai contractuel 30 min à Vénissieux."),
            customer(
                .bijouterieMartel, "Bijouterie Martel", kind: .retail,
                phone: "04 78 28 64 12", email: "direction@bijouterie-martel.example",
                notes: "Site à risque : ne jamais rappeler une boutique en cas d'agression ou de mot de contrainte."),
            customer(
                .menuiseriePerrin, "Menuiserie Perrin", kind: .business,
                phone: "04 78 05 33 87", email: "atelier@menuiserie-perrin.example",
                notes: "Atelier bois, stock de vernis et de solvants : risque incendie élevé."),
            customer(
                .tabacDeLaGare, "Tabac de la Gare", kind: .retail,
                phone: "04 74 85 12 09", notes: "Tabac-presse, point FDJ. Exploitant M. Dos Santos."),
            customer(
                .supermarchesGarnier, "Supermarchés Garnier", kind: .retail,
                phone: "04 78 31 90 55", email: "securite@supermarches-garnier.example",
                notes: "Deux supermarchés et un entrepôt frais dans l'Est lyonnais. Gérant M. Bertrand Garnier."),
            customer(
                .banqueRhodanienne, "Banque Rhodanienne de Crédit", kind: .bank,
                phone: "04 72 40 70 00", email: "securite@banque-rhodanienne.example",
                notes: "Agences bancaires : agression = 17 immédiat, aucun contre-appel. Levée de doute vidéo avant toute intervention sur intrusion."
            ),
            customer(
                .boulangeriesChevalier, "Boulangeries Chevalier", kind: .retail,
                phone: "04 78 29 41 76", notes: "Quatre boulangeries ; le fournil démarre à 4 h 00 (mises hors service très matinales)."),
            customer(
                .familleLefevre, "M. et Mme Lefèvre", kind: .residential,
                phone: "06 14 52 87 30", email: "famille.lefevre@courriel.example",
                notes: "Résidence principale à Écully, résidence secondaire à Talloires."),
            customer(
                .familleHoarau, "M. Jean-Marc Hoarau", kind: .residential,
                phone: "06 92 41 18 63", notes: "Domicile à Saint-Pierre (La Réunion), heure de La Réunion (UTC+4)."),
            customer(
                .sisol, "Syndicat intercommunal scolaire de l'Ouest lyonnais (SISOL)", kind: .publicBody, phone: "04 78 34 10 20",
                email: "services.techniques@sisol.example",
                notes: "Établissements recevant du public : écoles, gymnase, médiathèque, centre de loisirs."),
            customer(
                .station, "Vigie Télésurveillance — station centrale", kind: .station,
                phone: "04 72 76 10 00",
                notes:
                    "La station elle-même : intrusion, incendie, contrôle d'accès, onduleur, groupe électrogène, homme mort. Alarme station prioritaire sur tout."
            ),
        ]
    }

    /// A customer with its fixed id and customer number.
    private static func customer(
        _ key: CustomerKey, _ name: String, kind: Customer.Kind, phone: String, email: String? = nil, notes: String
    ) -> Customer {
        Customer(id: key.id, name: name, reference: key.reference, kind: kind, phone: phone, email: email, notes: notes)
    }
}
