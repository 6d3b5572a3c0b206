import Foundation
import VigieCore

/// The zones of the story sites, numbered as their panels report them, with the words operators use.
/// The numbers the stories depend on: pharmacy zone 3 "réserve", Logisud zones 7 "quai 2" and 9 "bureau",
/// Perrin zone 1 fire, Garnier Meyzieu zone 12 "verrière".
extension DemoStation {
    static func zones() -> [Zone] { (storyZones() + moreZones()).map(tiedToCodes) }

    /// Zones whose state the panel reports with codes that carry no zone (story 8: the station's UPS on its
    /// panel's mains input sends AT and AR).
    private static let codesByZone: [UUID: [String]] = [zoneID(.stationGerland, 8): ["AT", "AR"]]

    private static func tiedToCodes(_ zone: Zone) -> Zone {
        var tied = zone
        tied.eventCodes = codesByZone[zone.id]
        return tied
    }

    /// One zone row: number, type, description, location for the guard.
    typealias ZoneRow = (number: Int, type: Zone.ZoneType, description: String, location: String?)

    /// The zones of `site` with their fixed ids.
    static func zones(_ site: SiteKey, _ rows: [ZoneRow]) -> [Zone] {
        rows.map {
            Zone(id: zoneID(site, $0.number), siteID: site.id, number: $0.number, type: $0.type, description: $0.description, location: $0.location)
        }
    }

    private static func storyZones() -> [Zone] {
        [
            zones(
                .pharmacieLyon,
                [
                    (1, .entryExit, "porte d'entrée", "façade rue de la République, derrière le rideau métallique"),
                    (2, .volumetric, "officine", "espace de vente, au-dessus des comptoirs"),
                    (3, .volumetric, "réserve", "arrière-boutique, au fond à gauche"),
                    (4, .entryExit, "porte de service", "allée du 10 rue de la République"),
                    (5, .glassBreak, "vitrine — bris de glace", "façade"),
                    (6, .holdUp, "bouton agression caisse", "sous le comptoir central"),
                    (7, .smoke, "détecteur fumée réserve", "réserve"),
                    (8, .temperature, "réfrigérateur à médicaments — température", "réserve, réfrigérateur vaccins et insulines"),
                    (9, .tamper, "autoprotection centrale", "local technique sous l'escalier"),
                ]),
            zones(
                .logisudVenissieux,
                [
                    (1, .entryExit, "porte d'entrée personnel", "rez-de-chaussée, façade ouest"),
                    (2, .perimeter, "portail poids lourds", "entrée du parking PL"),
                    (3, .volumetric, "stockage allée A", "cellule 1"),
                    (4, .volumetric, "stockage allée B", "cellule 1"),
                    (5, .perimeter, "clôture nord — barrière infrarouge", "le long de la voie ferrée"),
                    (6, .entryExit, "quai 1", "rez-de-chaussée, porte sectionnelle quai 1"),
                    (7, .entryExit, "quai 2", "rez-de-chaussée, porte sectionnelle quai 2"),
                    (8, .entryExit, "quai 3", "rez-de-chaussée, porte sectionnelle quai 3"),
                    (9, .volumetric, "bureau", "étage, bureau d'exploitation au-dessus des quais"),
                    (10, .smoke, "détecteur fumée local de charge", "local de charge des chariots, côté sud"),
                    (11, .tamper, "autoprotection sirène extérieure", "façade est"),
                    (20, .fire, "centrale incendie — alarme feu générale", "SSI au poste de garde"),
                ]),
            zones(
                .logisudSaintPriest,
                [
                    (1, .entryExit, "porte d'entrée personnel", nil),
                    (2, .perimeter, "portail n° 2", "rue de Provence"),
                    (3, .volumetric, "hall de stockage", nil),
                    (4, .entryExit, "quais 1 à 4", "façade nord"),
                    (5, .volumetric, "bureaux", "mezzanine"),
                    (6, .smoke, "détecteur fumée hall", nil),
                ]),
            zones(
                .logisudCayenne,
                [
                    (1, .entryExit, "porte d'entrée", nil),
                    (2, .volumetric, "entrepôt", nil),
                    (3, .volumetric, "bureau", nil),
                    (4, .perimeter, "portail", "route de Baduel"),
                ]),
            zones(
                .martelLyon,
                [
                    (1, .entryExit, "porte d'entrée (sas)", "rue Édouard Herriot"),
                    (2, .volumetric, "boutique", nil),
                    (3, .glassBreak, "vitrines — bris de glace", "rue Édouard Herriot"),
                    (4, .volumetric, "atelier", "arrière-boutique"),
                    (5, .other, "coffre-fort — détecteur sismique", "atelier"),
                    (6, .holdUp, "bouton agression caisse", "comptoir"),
                    (7, .holdUp, "pédale agression comptoir", "comptoir de présentation"),
                    (8, .smoke, "détecteur fumée atelier", "atelier"),
                    (9, .tamper, "autoprotection centrale", "atelier"),
                ]),
            zones(
                .martelVillefranche,
                [
                    (1, .entryExit, "porte d'entrée", "rue Nationale"),
                    (2, .volumetric, "boutique", nil),
                    (3, .glassBreak, "vitrine — bris de glace", nil),
                    (4, .other, "coffre-fort — détecteur sismique", "réserve"),
                    (5, .holdUp, "bouton agression caisse", nil),
                    (6, .entryExit, "porte de la cour", "3 rue Grenette"),
                ]),
            zones(
                .martelAnnecy,
                [
                    (1, .entryExit, "porte d'entrée", "galerie"),
                    (2, .volumetric, "boutique", nil),
                    (3, .glassBreak, "vitrine — bris de glace", "galerie"),
                    (4, .other, "coffre-fort — détecteur sismique", "réserve"),
                    (5, .holdUp, "bouton agression caisse", nil),
                ]),
            zones(
                .perrinBrignais,
                [
                    (1, .smoke, "détecteur fumée atelier", "atelier machines, sous la toiture"),
                    (2, .heat, "détecteur thermique local peinture", "local vernis et solvants, fond du bâtiment"),
                    (3, .fire, "déclencheur manuel sortie atelier", "porte de secours nord"),
                    (4, .entryExit, "porte d'entrée bureau", "façade rue Ampère"),
                    (5, .entryExit, "porte sectionnelle atelier", "cour de chargement"),
                    (6, .volumetric, "atelier machines", nil),
                    (7, .volumetric, "bureau", nil),
                    (8, .perimeter, "stock bois extérieur — barrière infrarouge", "cour arrière"),
                    (9, .tamper, "autoprotection centrale", "bureau"),
                ]),
            zones(
                .tabacVienne,
                [
                    (1, .entryExit, "porte d'entrée", "place Pierre Semard"),
                    (2, .volumetric, "espace de vente", nil),
                    (3, .volumetric, "réserve tabac", "arrière-boutique"),
                    (4, .glassBreak, "vitrine — bris de glace", nil),
                    (5, .holdUp, "bouton agression caisse", "sous le comptoir"),
                    (6, .other, "coffre — contact d'ouverture", "réserve"),
                    (7, .tamper, "autoprotection centrale", nil),
                ]),
            zones(
                .garnierMeyzieu,
                [
                    (1, .entryExit, "entrée clients (sas)", "rue de la République"),
                    (2, .entryExit, "porte personnel", "rue des Tuileries"),
                    (3, .entryExit, "quai de livraison", "rue des Tuileries"),
                    (4, .volumetric, "surface de vente — allées 1 à 6", nil),
                    (5, .volumetric, "surface de vente — allées 7 à 12", nil),
                    (6, .volumetric, "réserve", nil),
                    (7, .volumetric, "bureau direction", "étage"),
                    (8, .volumetric, "salle des coffres", "étage, derrière le bureau direction"),
                    (9, .holdUp, "bouton agression caisse centrale", nil),
                    (10, .smoke, "détecteur fumée réserve", nil),
                    (11, .temperature, "chambre froide positive", "réserve"),
                    (12, .glassBreak, "verrière", "toiture, au-dessus du rayon fruits et légumes"),
                    (13, .tamper, "autoprotection centrale", "local technique"),
                ]),
            zones(
                .garnierDecines,
                [
                    (1, .entryExit, "entrée clients", nil),
                    (2, .entryExit, "porte personnel", nil),
                    (3, .volumetric, "surface de vente", nil),
                    (4, .volumetric, "réserve", nil),
                    (5, .holdUp, "bouton agression caisse centrale", nil),
                    (6, .smoke, "détecteur fumée réserve", nil),
                ]),
            zones(
                .garnierGenas,
                [
                    (1, .entryExit, "porte d'entrée", nil),
                    (2, .volumetric, "zone de préparation", nil),
                    (3, .temperature, "chambre froide positive (+4 °C)", nil),
                    (4, .temperature, "chambre froide négative (−18 °C)", nil),
                    (5, .flood, "détecteur d'eau local compresseurs", "local technique"),
                    (6, .perimeter, "portail", nil),
                ]),
        ].flatMap { $0 }
    }
}
