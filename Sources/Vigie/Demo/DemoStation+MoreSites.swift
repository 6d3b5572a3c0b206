import Foundation
import VigieCore

/// The other sites: bank branches, bakeries, homes (one overseas), public buildings, and the station's own
/// premises (main and backup), which it monitors like a customer's (story 8).
extension DemoStation {
    static func moreSites() -> [Site] {
        bankSites() + [
            site(
                .chevalierCroixRousse, of: .boulangeriesChevalier, "Boulangerie Chevalier — Croix-Rousse", "98 boulevard de la Croix-Rousse", "69004",
                "Lyon",
                at: (45.7741, 4.8297), risk: .low, phone: "04 78 29 41 76", responseTimeMinutes: 30,
                accessNotes: "Fournil au sous-sol, accès par la cour (porte verte). Le boulanger arrive à 4 h 00."),
            site(
                .chevalierGuillotiere, of: .boulangeriesChevalier, "Boulangerie Chevalier — Guillotière", "40 grande rue de la Guillotière", "69007",
                "Lyon",
                at: (45.7529, 4.8431), risk: .medium, phone: "04 78 72 18 05", responseTimeMinutes: 30, accessNotes: nil),
            site(
                .chevalierOullins, of: .boulangeriesChevalier, "Boulangerie Chevalier — Oullins", "72 Grande Rue", "69600", "Oullins",
                at: (45.7139, 4.8072), risk: .low, phone: "04 78 51 27 44", responseTimeMinutes: 35, accessNotes: nil),
            site(
                .chevalierMontchat, of: .boulangeriesChevalier, "Boulangerie Chevalier — Montchat", "12 rue Charles Richard", "69003", "Lyon",
                at: (45.7563, 4.8874), risk: .low, phone: "04 78 54 60 13", responseTimeMinutes: 30, accessNotes: nil),
            site(
                .lefevreEcully, of: .familleLefevre, "Domicile Lefèvre — Écully", "17 chemin de Charrière Blanche", "69130", "Écully",
                at: (45.7768, 4.7769), risk: .medium, phone: "04 78 33 52 18", responseTimeMinutes: 30,
                accessNotes:
                    "Maison au fond de l'allée, portail motorisé (télécommande chez le voisin M. Girard, n° 15). Chien (berger allemand) dans le jardin la nuit."
            ),
            site(
                .lefevreTalloires, of: .familleLefevre, "Résidence secondaire Lefèvre — Talloires", "245 route de la Tournette", "74290",
                "Talloires-Montmin",
                at: (45.8407, 6.2131), risk: .medium, phone: nil, responseTimeMinutes: 45,
                accessNotes: "Chalet inoccupé hors vacances. Clés chez Mme Burnier, gardienne, au 251 (maison voisine)."),
            site(
                .hoarauSaintPierre, of: .familleHoarau, "Domicile Hoarau — Saint-Pierre", "27 rue Marius et Ary Leblond", "97410", "Saint-Pierre",
                at: (-21.3393, 55.4781), risk: .low, phone: "02 62 25 48 91", responseTimeMinutes: 30,
                accessNotes: "Heure de La Réunion (UTC+4). Case créole avec varangue ; portail à code, code transmis à l'agent par téléphone.",
                timeZone: "Indian/Reunion"),
            site(
                .sisolTassin, of: .sisol, "Groupe scolaire Les Tilleuls — Tassin", "54 avenue de la République", "69160", "Tassin-la-Demi-Lune",
                at: (45.7628, 4.7795), risk: .medium, phone: "04 78 34 22 61", responseTimeMinutes: 30,
                accessNotes: "Grille principale avenue de la République ; le gardien loge sur place (logement de fonction, bâtiment C)."),
            site(
                .sisolCraponne, of: .sisol, "Gymnase des Cerisiers — Craponne", "8 rue Centrale", "69290", "Craponne",
                at: (45.7452, 4.7231), risk: .low, phone: nil, responseTimeMinutes: 35,
                accessNotes: "Utilisé par les associations jusqu'à 22 h 30 en semaine : vérifier le planning avant d'envoyer l'agent."),
            site(
                .sisolFrancheville, of: .sisol, "Médiathèque de Francheville", "3 Grande Rue", "69340", "Francheville",
                at: (45.7366, 4.7637), risk: .low, phone: "04 78 59 14 30", responseTimeMinutes: 35, accessNotes: nil),
            site(
                .sisolCharbonnieres, of: .sisol, "Centre de loisirs — Charbonnières", "21 avenue Lamartine", "69260", "Charbonnières-les-Bains",
                at: (45.7808, 4.7461), risk: .low, phone: nil, responseTimeMinutes: 35, accessNotes: nil),
            site(
                .stationGerland, of: .station, "Station centrale Vigie — Lyon Gerland", "60 avenue Tony Garnier", "69007", "Lyon",
                at: (45.7351, 4.8296), risk: .critical, phone: "04 72 76 10 00", responseTimeMinutes: 20,
                accessNotes:
                    "Salle opérateurs au 2e étage, accès par sas biométrique. Onduleur et groupe électrogène au sous-sol (local technique B-02). Chef de poste joignable 24 h/24."
            ),
            site(
                .stationSecours, of: .station, "Station de secours — Meylan", "29 chemin du Vieux Chêne", "38240", "Meylan",
                at: (45.2031, 5.7797), risk: .high, phone: "04 76 41 58 00", responseTimeMinutes: 30,
                accessNotes:
                    "Station de repli (bascule en cas d'indisponibilité de Gerland). Inoccupée en temps normal ; clés chez le responsable technique."),
        ]
    }

    /// Bank branches: critical risk, short guard times, and access only with the bank's own security desk.
    private static func bankSites() -> [Site] {
        let notes =
            "Ne jamais entrer seul : l'agent attend le responsable d'agence ou la police. Clés et codes détenus par le PC sécurité de la banque (04 72 40 70 99)."
        return [
            site(
                .banqueGambetta, of: .banqueRhodanienne, "Banque Rhodanienne — agence Lyon Gambetta", "104 cours Gambetta", "69003", "Lyon",
                at: (45.7531, 4.8562), risk: .critical, phone: "04 72 61 30 40", responseTimeMinutes: 15, accessNotes: notes),
            site(
                .banqueMonplaisir, of: .banqueRhodanienne, "Banque Rhodanienne — agence Lyon Monplaisir", "52 avenue des Frères Lumière", "69008",
                "Lyon",
                at: (45.7448, 4.8703), risk: .critical, phone: "04 72 78 15 20", responseTimeMinutes: 15, accessNotes: notes),
            site(
                .banqueGratteCiel, of: .banqueRhodanienne, "Banque Rhodanienne — agence Villeurbanne Gratte-Ciel", "21 avenue Henri Barbusse",
                "69100", "Villeurbanne",
                at: (45.7684, 4.8801), risk: .critical, phone: "04 78 84 42 10", responseTimeMinutes: 15, accessNotes: notes),
            site(
                .banqueSaintClair, of: .banqueRhodanienne, "Banque Rhodanienne — agence Caluire Saint-Clair", "45 Grande Rue de Saint-Clair", "69300",
                "Caluire-et-Cuire",
                at: (45.7896, 4.8544), risk: .high, phone: "04 78 23 07 65", responseTimeMinutes: 20, accessNotes: notes),
            site(
                .banqueGrenoble, of: .banqueRhodanienne, "Banque Rhodanienne — agence Grenoble Victor-Hugo", "5 place Victor Hugo", "38000",
                "Grenoble",
                at: (45.1889, 5.7245), risk: .critical, phone: "04 76 46 22 80", responseTimeMinutes: 20, accessNotes: notes),
        ]
    }
}
