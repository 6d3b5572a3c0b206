import Foundation
import VigieCore

/// The zones of the other sites. Bank branches and bakeries share a layout, as chains' installers number
/// them; the station's own zones include the UPS, the generator and the night operator's dead-man device.
extension DemoStation {
    static func moreZones() -> [Zone] {
        let banks: [SiteKey] = [.banqueGambetta, .banqueMonplaisir, .banqueGratteCiel, .banqueSaintClair, .banqueGrenoble]
        let bakeries: [SiteKey] = [.chevalierCroixRousse, .chevalierGuillotiere, .chevalierOullins, .chevalierMontchat]
        return banks.flatMap { zones($0, bankBranchZones) } + bakeries.flatMap { zones($0, bakeryZones) }
            + [
                zones(
                    .lefevreEcully,
                    [
                        (1, .entryExit, "porte d'entrée", "rez-de-chaussée"),
                        (2, .entryExit, "baie vitrée séjour", "côté jardin"),
                        (3, .volumetric, "séjour", nil),
                        (4, .volumetric, "couloir étage", nil),
                        (5, .entryExit, "porte du garage", nil),
                        (6, .smoke, "détecteur fumée couloir", "étage"),
                        (7, .panic, "télécommande panique", "portée par les occupants"),
                        (8, .flood, "détecteur d'eau buanderie", "sous-sol"),
                    ]),
                zones(
                    .lefevreTalloires,
                    [
                        (1, .entryExit, "porte d'entrée", nil),
                        (2, .volumetric, "pièce de vie", nil),
                        (3, .volumetric, "mezzanine", nil),
                        (4, .smoke, "détecteur fumée séjour", nil),
                        (5, .temperature, "hors-gel — température basse", "chaufferie"),
                    ]),
                zones(
                    .hoarauSaintPierre,
                    [
                        (1, .entryExit, "porte d'entrée", "varangue"),
                        (2, .volumetric, "séjour", nil),
                        (3, .volumetric, "chambres", nil),
                        (4, .perimeter, "portail", "rue Marius et Ary Leblond"),
                        (5, .medical, "médaillon d'appel d'urgence", "porté par Mme Hoarau mère"),
                    ]),
                zones(
                    .sisolTassin,
                    [
                        (1, .entryExit, "grille principale", "avenue de la République"),
                        (2, .volumetric, "hall et couloirs", "bâtiment A"),
                        (3, .volumetric, "salles de classe", "bâtiment B"),
                        (4, .volumetric, "restaurant scolaire", "bâtiment C"),
                        (5, .smoke, "détecteur fumée cuisine", "bâtiment C"),
                        (6, .volumetric, "bureau de la direction", "bâtiment A"),
                    ]),
                zones(
                    .sisolCraponne,
                    [
                        (1, .entryExit, "porte principale", nil),
                        (2, .volumetric, "salle de sport", nil),
                        (3, .volumetric, "vestiaires", nil),
                        (4, .entryExit, "issue de secours", "côté parking"),
                    ]),
                zones(
                    .sisolFrancheville,
                    [
                        (1, .entryExit, "porte d'entrée", "Grande Rue"),
                        (2, .volumetric, "salle de lecture", nil),
                        (3, .volumetric, "espace multimédia", "étage"),
                        (4, .smoke, "détecteur fumée réserve", nil),
                    ]),
                zones(
                    .sisolCharbonnieres,
                    [
                        (1, .entryExit, "porte d'entrée", nil),
                        (2, .volumetric, "salle d'activités", nil),
                        (3, .volumetric, "bureau animateurs", nil),
                    ]),
                zones(
                    .stationGerland,
                    [
                        (1, .entryExit, "sas d'accès — porte extérieure", "rez-de-chaussée"),
                        (2, .entryExit, "sas d'accès — porte intérieure", "2e étage"),
                        (3, .other, "contrôle d'accès — porte forcée ou maintenue ouverte", "porte salle opérateurs"),
                        (4, .volumetric, "couloir technique", "sous-sol"),
                        (5, .volumetric, "salle serveurs", "2e étage"),
                        (6, .smoke, "détecteur fumée salle opérateurs", "2e étage"),
                        (7, .smoke, "détection précoce salle serveurs (aspiration)", "2e étage"),
                        (8, .technical, "onduleur — fonctionnement sur batterie", "local technique B-02"),
                        (9, .technical, "groupe électrogène — démarrage ou défaut", "local technique B-02"),
                        (10, .temperature, "climatisation salle serveurs — température haute", "2e étage"),
                        (11, .holdUp, "bouton agression pupitre opérateur", "salle opérateurs"),
                        (12, .other, "homme mort — opérateur de nuit", "pupitre opérateur, boîtier DATI"),
                        (13, .tamper, "autoprotection centrale", "local technique B-02"),
                    ]),
                zones(
                    .stationSecours,
                    [
                        (1, .entryExit, "porte d'entrée", nil),
                        (2, .volumetric, "salle opérateurs de secours", nil),
                        (3, .smoke, "détecteur fumée salle serveurs", nil),
                        (4, .technical, "onduleur — fonctionnement sur batterie", nil),
                        (5, .technical, "groupe électrogène — démarrage ou défaut", nil),
                    ]),
            ].flatMap { $0 }
    }

    /// The layout of every branch of the bank: airlock, hall, offices, ATM, vault, hold-up buttons.
    private static let bankBranchZones: [ZoneRow] = [
        (1, .entryExit, "sas d'entrée", "façade"),
        (2, .volumetric, "hall clientèle", nil),
        (3, .volumetric, "bureaux conseillers", nil),
        (4, .other, "DAB — détecteur sismique", "distributeur en façade"),
        (5, .volumetric, "salle des coffres", "sous-sol"),
        (6, .holdUp, "bouton agression guichet", "guichet"),
        (7, .holdUp, "bouton agression bureau directeur", "bureau du directeur d'agence"),
        (8, .smoke, "détecteur fumée local informatique", nil),
        (9, .tamper, "autoprotection centrale", nil),
    ]

    /// The layout of every bakery: shop, bakehouse with its oven, back door, hold-up button.
    private static let bakeryZones: [ZoneRow] = [
        (1, .entryExit, "porte d'entrée", nil),
        (2, .volumetric, "magasin", nil),
        (3, .volumetric, "fournil", nil),
        (4, .entryExit, "porte arrière (cour)", nil),
        (5, .holdUp, "bouton agression caisse", nil),
        (6, .heat, "détecteur thermique fournil", "au-dessus du four"),
    ]
}
