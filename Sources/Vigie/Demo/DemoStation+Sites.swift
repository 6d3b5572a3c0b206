import Foundation
import VigieCore

/// The protected sites of the story customers (pharmacy, warehouse, jeweller, joinery, tobacconist,
/// supermarket); the others are in `DemoStation+MoreSites.swift`.
extension DemoStation {
    static func sites() -> [Site] { storySites() + moreSites() }

    /// A site with its fixed id and reference (`V1002-01`: customer number, then site number).
    static func site(
        _ key: SiteKey, of customer: CustomerKey, _ name: String, _ street: String, _ postalCode: String, _ city: String,
        at coordinates: (Double, Double), risk: Site.RiskLevel, phone: String?, responseTimeMinutes: Int?,
        accessNotes: String?, country: String = "FR", timeZone: String = "Europe/Paris"
    ) -> Site {
        let siblings = SiteKey.allCases.filter { siteCustomer[$0] == customer }
        let number = (siblings.firstIndex(of: key) ?? 0) + 1
        return Site(
            id: key.id, customerID: customer.id, name: name,
            reference: "\(customer.reference)-\(number < 10 ? "0" : "")\(number)",
            address: PostalAddress(street: street, postalCode: postalCode, city: city, country: country),
            latitude: coordinates.0, longitude: coordinates.1, timeZone: timeZone, riskLevel: risk, phone: phone,
            responseTimeMinutes: responseTimeMinutes, accessNotes: accessNotes)
    }

    /// Which customer owns each site, used to number the sites of a customer.
    static let siteCustomer: [SiteKey: CustomerKey] = [
        .pharmacieLyon: .pharmacieDuCentre,
        .logisudVenissieux: .logisud, .logisudSaintPriest: .logisud, .logisudCayenne: .logisud,
        .martelLyon: .bijouterieMartel, .martelVillefranche: .bijouterieMartel, .martelAnnecy: .bijouterieMartel,
        .perrinBrignais: .menuiseriePerrin, .tabacVienne: .tabacDeLaGare,
        .garnierMeyzieu: .supermarchesGarnier, .garnierDecines: .supermarchesGarnier, .garnierGenas: .supermarchesGarnier,
        .banqueGambetta: .banqueRhodanienne, .banqueMonplaisir: .banqueRhodanienne, .banqueGratteCiel: .banqueRhodanienne,
        .banqueSaintClair: .banqueRhodanienne, .banqueGrenoble: .banqueRhodanienne,
        .chevalierCroixRousse: .boulangeriesChevalier, .chevalierGuillotiere: .boulangeriesChevalier,
        .chevalierOullins: .boulangeriesChevalier, .chevalierMontchat: .boulangeriesChevalier,
        .lefevreEcully: .familleLefevre, .lefevreTalloires: .familleLefevre, .hoarauSaintPierre: .familleHoarau,
        .sisolTassin: .sisol, .sisolCraponne: .sisol, .sisolFrancheville: .sisol, .sisolCharbonnieres: .sisol,
        .stationGerland: .station, .stationSecours: .station,
    ]

    private static func storySites() -> [Site] {
        [
            site(
                .pharmacieLyon, of: .pharmacieDuCentre, "Pharmacie du Centre — Lyon 2e", "12 rue de la République", "69002", "Lyon",
                at: (45.7625, 4.8358), risk: .medium, phone: "04 78 37 21 46", responseTimeMinutes: 20,
                accessNotes:
                    "Rideau métallique électrique en façade. Entrée du personnel par l'allée du 10 rue de la République (digicode au coffre à clés). Réserve au fond à gauche, réfrigérateur à médicaments dans la réserve."
            ),
            site(
                .logisudVenissieux, of: .logisud, "Entrepôt Logisud — Vénissieux", "27 boulevard Laurent Gérin", "69200", "Vénissieux",
                at: (45.6972, 4.8868), risk: .high, phone: "04 72 50 18 30", responseTimeMinutes: 30,
                accessNotes:
                    "Portail coulissant côté parking poids lourds, badge au coffre à clés K-0412. Quais 1 à 6 côté est, bureau d'exploitation à l'étage. Pas de chien. Caméras : parking et portail seulement, aucune sur les quais."
            ),
            site(
                .logisudSaintPriest, of: .logisud, "Plateforme Logisud — Saint-Priest", "3 rue de Provence, ZI Mi-Plaine", "69800", "Saint-Priest",
                at: (45.7291, 4.9402), risk: .high, phone: "04 72 23 65 41", responseTimeMinutes: 30,
                accessNotes: "Accès par la rue de Provence, portail n° 2. Clés chez le gardien de nuit du site voisin (Transports Morel) si besoin."),
            site(
                .logisudCayenne, of: .logisud, "Agence Logisud — Cayenne", "14 route de Baduel, ZI de Collery", "97300", "Cayenne",
                at: (4.9247, -52.3186), risk: .medium, phone: "05 94 30 27 84", responseTimeMinutes: 45,
                accessNotes: "Heure de Guyane (UTC−3). Agent d'intervention local : Guyane Protection Services.", timeZone: "America/Cayenne"),
            site(
                .martelLyon, of: .bijouterieMartel, "Bijouterie Martel — Lyon", "35 rue Édouard Herriot", "69001", "Lyon",
                at: (45.7652, 4.8344), risk: .critical, phone: "04 78 28 64 12", responseTimeMinutes: 15,
                accessNotes:
                    "Sas d'entrée à deux portes, coffre-fort temporisé dans l'atelier. En cas d'agression, l'agent ne se présente pas seul : stationnement à distance jusqu'à l'arrivée de la police."
            ),
            site(
                .martelVillefranche, of: .bijouterieMartel, "Bijouterie Martel — Villefranche", "412 rue Nationale", "69400",
                "Villefranche-sur-Saône",
                at: (45.9893, 4.7186), risk: .high, phone: "04 74 65 20 91", responseTimeMinutes: 25,
                accessNotes: "Rue piétonne : l'agent se gare place des Arts. Entrée du personnel par la cour, 3 rue Grenette."),
            site(
                .martelAnnecy, of: .bijouterieMartel, "Bijouterie Martel — Annecy", "8 rue Royale", "74000", "Annecy",
                at: (45.8999, 6.1254), risk: .high, phone: "04 50 45 38 17", responseTimeMinutes: 25,
                accessNotes: "Galerie commerçante fermée à 20 h : badge de la galerie au coffre à clés. PC sécurité de la galerie : 04 50 45 00 12."),
            site(
                .perrinBrignais, of: .menuiseriePerrin, "Menuiserie Perrin — atelier", "9 rue Ampère, ZI des Aigais", "69530", "Brignais",
                at: (45.6741, 4.7539), risk: .medium, phone: "04 78 05 33 87", responseTimeMinutes: 35,
                accessNotes:
                    "Atelier bois : stock de vernis et de solvants au local peinture, au fond du bâtiment (à signaler aux pompiers). M. Perrin habite à 5 minutes et a les clés."
            ),
            site(
                .tabacVienne, of: .tabacDeLaGare, "Tabac de la Gare — Vienne", "1 place Pierre Semard", "38200", "Vienne",
                at: (45.5216, 4.8741), risk: .high, phone: "04 74 85 12 09", responseTimeMinutes: 25,
                accessNotes: "Face à la gare SNCF. Rideau métallique ; l'exploitant habite au-dessus (porte à droite de la boutique)."),
            site(
                .garnierMeyzieu, of: .supermarchesGarnier, "Supermarché Garnier — Meyzieu", "52 rue de la République", "69330", "Meyzieu",
                at: (45.7668, 5.0036), risk: .high, phone: "04 78 31 90 55", responseTimeMinutes: 25,
                accessNotes:
                    "Entrée du personnel et quai de livraison à l'arrière, rue des Tuileries. Verrière au-dessus du rayon fruits et légumes. Vidéo : 12 caméras (surface de vente, quai, parking)."
            ),
            site(
                .garnierDecines, of: .supermarchesGarnier, "Supermarché Garnier — Décines", "118 avenue Jean Jaurès", "69150", "Décines-Charpieu",
                at: (45.7688, 4.9592), risk: .high, phone: "04 78 49 12 70", responseTimeMinutes: 25,
                accessNotes: "Parking clients fermé par barrière la nuit ; clé de la barrière au coffre à clés."),
            site(
                .garnierGenas, of: .supermarchesGarnier, "Garnier — entrepôt frais de Genas", "6 rue de l'Avenir", "69740", "Genas",
                at: (45.7318, 4.9998), risk: .medium, phone: "04 78 40 77 02", responseTimeMinutes: 30,
                accessNotes:
                    "Chambres froides : une panne de froid se traite comme une urgence (marchandises périssables). Frigoriste d'astreinte : Froid Services Est, 04 78 40 90 90."
            ),
        ]
    }
}
