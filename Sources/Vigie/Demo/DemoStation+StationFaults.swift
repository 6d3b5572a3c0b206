import Foundation
import VigieCore

/// Story 8: each of the station's own faults has its own procedure, written for its code at the station's site
/// (the station monitor's codes, docs/operations.md). They outrank every client's alarm by the station bonus.
extension DemoStation {
    static func stationFaultProcedures() -> [Procedure] {
        [
            site(
                .stationGerland, .technical, code: "RECEIVER-DOWN", variant: 1, "Station — récepteur arrêté",
                [
                    step(.instruction, "Un récepteur n'écoute plus : les transmetteurs qui l'utilisent basculent sur leur voie de secours."),
                    step(.callContacts, "Appeler l'astreinte technique (M. Faure) immédiatement, de jour comme de nuit."),
                    step(.instruction, "Surveiller les pertes de liaison : plus de 10 sites perdus, préparer la bascule vers Meylan."),
                    step(.waitForRestore, "Le récepteur de nouveau en service rétablit l'alarme."),
                ]),
            site(
                .stationGerland, .technical, code: "NO-SIGNAL", variant: 2, "Station — plus aucun signal reçu",
                [
                    step(.instruction, "Aucun signal depuis 10 min : vérifier la box opérateur, le routeur et les récepteurs (barre du haut)."),
                    step(.callContacts, "Appeler l'astreinte technique (M. Faure)."),
                    step(.waitForRestore, "Le premier signal reçu rétablit l'alarme."),
                ]),
            site(
                .stationGerland, .technical, code: "DISK-LOW", variant: 3, "Station — disque presque plein",
                [
                    step(.callContacts, "Appeler l'astreinte technique : libérer de l'espace avant que les écritures échouent."),
                    step(.waitForRestore, "L'espace libéré rétablit l'alarme."),
                ]),
            site(
                .stationGerland, .technical, code: "CLOCK-JUMP", variant: 4, "Station — horloge décalée",
                [
                    step(.instruction, "L'horloge de la station a sauté : noter l'heure affichée et l'heure réelle dans la main courante."),
                    step(.callContacts, "Prévenir l'astreinte technique (synchronisation NTP).", required: false),
                ]),
            site(
                .stationGerland, .technical, code: "NO-OPERATOR", variant: 5, "Station — alarmes sans opérateur en poste",
                [
                    step(.callContacts, "Appeler le chef de poste de permanence : des alarmes attendent et personne n'a pris le poste."),
                    step(.waitForRestore, "La prise de poste d'un opérateur rétablit l'alarme.", required: false),
                ]),
            site(
                .stationGerland, .technical, code: "SLOW-STORE", variant: 6, "Station — écritures lentes",
                [
                    step(.instruction, "Les acquittements aux transmetteurs sont en retard : vérifier la base de données et le disque."),
                    step(.callContacts, "Appeler l'astreinte technique.", required: false),
                ]),
            site(
                .stationGerland, .technical, code: "STORE-OUTAGE", variant: 7, "Station — panne d'écriture terminée",
                [
                    step(.instruction, "Les signaux reçus pendant la panne ont été acquittés en retard : relire la file et la main courante."),
                    step(.notifyCustomer, "Informer le responsable d'exploitation de la durée de la panne.", required: false),
                ]),
            site(
                .stationGerland, .technical, code: "RECEIVER-ABUSE", variant: 8, "Station — trafic abusif sur un récepteur",
                [
                    step(
                        .instruction,
                        "Un récepteur écarte du trafic hostile (trames refusées, connexions coupées) : la barre du haut en donne les chiffres."),
                    step(.instruction, "Vérifier que les transmetteurs du récepteur restent acquittés (pas de perte de liaison en série)."),
                    step(.callContacts, "Prévenir l'astreinte technique : filtrer l'adresse source au pare-feu si l'attaque dure.", required: false),
                    step(.waitForRestore, "La fin du trafic hostile rétablit l'alarme.", required: false),
                ]),
        ]
    }
}
