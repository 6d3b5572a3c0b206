import Foundation
import VigieCore

/// The customers' and sites' own procedures, where the stories need them to differ from the station's.
extension DemoStation {
    private static func customer(_ key: CustomerKey, _ category: EventCategory, _ title: String, _ steps: [ProcedureStep]) -> Procedure {
        Procedure(
            id: procedureID(.customer, key.rawValue, category), scope: .customer, scopeID: key.id, category: category, title: title, steps: steps)
    }

    private static func site(_ key: SiteKey, _ category: EventCategory, _ title: String, _ steps: [ProcedureStep]) -> Procedure {
        Procedure(id: procedureID(.site, key.rawValue, category), scope: .site, scopeID: key.id, category: category, title: title, steps: steps)
    }

    /// A site's procedure for one event code (`variant` tells its codes apart), with its own priority if set.
    static func site(
        _ key: SiteKey, _ category: EventCategory, code: String, variant: Int, priority: Int? = nil, _ title: String, _ steps: [ProcedureStep]
    ) -> Procedure {
        Procedure(
            id: procedureID(.site, key.rawValue, category, variant: variant), scope: .site, scopeID: key.id, category: category, eventCode: code,
            title: title, steps: steps, priority: priority)
    }

    /// A callback that checks a situation rather than who is there: no code word is asked.
    static func check(_ text: String, required: Bool = true) -> ProcedureStep {
        ProcedureStep(kind: .callback, text: text, required: required, asksCodeWord: false)
    }

    /// Hold-up steps for jewellers and banks: never call the site back, police at once, guard stands off.
    private static func holdUpSteps(_ securityDesk: String) -> [ProcedureStep] {
        [
            step(.instruction, "Ne jamais rappeler le site. Rien dans l'échange ne doit laisser paraître l'alerte."),
            call(.police, "Appeler le 17 immédiatement : agression ou contrainte en cours, adresse, accès."),
            step(.dispatchGuard, "Agent en stationnement à distance ; il n'entre qu'avec les forces de l'ordre."),
            step(.callContacts, "Prévenir \(securityDesk) sur son portable, jamais sur la ligne du site."),
            step(.notifyCustomer, "Compte rendu écrit au client après l'intervention.", required: false),
        ]
    }

    static func customerProcedures() -> [Procedure] {
        [
            // Story 2: confirmed intrusion and no one on site → guard and police, guard kept on site if not re-armable.
            customer(
                .logisud, .burglary, "Logisud — intrusion",
                [
                    step(.videoCheck, "Caméras : parking et portail uniquement, aucune sur les quais.", required: false),
                    step(.callback, "Appeler le site (gardiennage absent la nuit) et demander le mot de passe."),
                    step(.callContacts, "Appeler les détenteurs de clés dans l'ordre ; noter le délai annoncé."),
                    step(
                        .dispatchGuard,
                        "Intrusion confirmée (deux zones ou levée de doute positive) et personne sur place : envoyer Garde Sécurité Rhône (délai contractuel 30 min)."
                    ),
                    call(.police, "Intrusion confirmée : appeler le 17 et noter la référence."),
                    step(
                        .instruction,
                        "Si le site ne peut être remis en service, maintenir l'agent sur place (mesure conservatoire) jusqu'à la sécurisation par le client."
                    ),
                    step(.waitForRestore, "Attendre le retour au repos de toutes les zones et le départ de l'agent."),
                ]),
            // Story 3: an opening outside hours is checked by a callback; a duress word switches to hold-up.
            customer(
                .bijouterieMartel, .opening, "Bijouterie — ouverture hors horaires",
                [
                    step(
                        .callback,
                        "Appeler la boutique et demander le mot de passe. Mot de contrainte : clore l'appel poliment, rien ne doit le laisser paraître."
                    ),
                    step(.callContacts, "Sans réponse ou mot de passe erroné : appeler M. Martel sur son portable."),
                    step(.dispatchGuard, "Doute persistant : agent en stationnement à distance.", required: false),
                ]),
            customer(.bijouterieMartel, .holdUp, "Bijouterie — agression", holdUpSteps("M. Martel")),
            customer(.bijouterieMartel, .duress, "Bijouterie — contrainte", holdUpSteps("M. Martel")),
            customer(.banqueRhodanienne, .holdUp, "Banque — agression", holdUpSteps("le PC sécurité de la banque")),
            customer(.banqueRhodanienne, .duress, "Banque — contrainte", holdUpSteps("le PC sécurité de la banque")),
            customer(
                .banqueRhodanienne, .burglary, "Banque — intrusion",
                [
                    step(.videoCheck, "Levée de doute vidéo obligatoire avant toute intervention : hall, DAB, salle des coffres."),
                    step(.callContacts, "Appeler le PC sécurité de la banque puis le directeur d'agence."),
                    step(.dispatchGuard, "Envoyer l'agent ; il n'entre qu'accompagné du directeur ou de la police."),
                    call(.police, "Intrusion visible à la vidéo ou DAB attaqué : appeler le 17.", required: false),
                    step(.waitForRestore, "Attendre le retour au repos et la remise en service par le PC sécurité."),
                ]),
            customer(
                .supermarchesGarnier, .environmental, "Supermarchés Garnier — panne de froid",
                [
                    step(.callContacts, "Panne de froid : appeler le chef d'entrepôt ou le gérant, de jour comme de nuit."),
                    step(.instruction, "Sans réponse sous 15 min : appeler Froid Services Est (04 78 40 90 90) pour une intervention."),
                    step(.waitForRestore, "Attendre le retour de la température normale."),
                ]),
        ]
    }

    static func siteProcedures() -> [Procedure] {
        [
            // Story 1: callback the pharmacy, code word, then keyholders in order.
            site(
                .pharmacieLyon, .burglary, "Pharmacie du Centre — intrusion",
                [
                    step(
                        .callback,
                        "Appeler la pharmacie (04 78 37 21 46) et demander le mot de passe : une présence tardive (inventaire) est fréquente."),
                    step(.callContacts, "Sans réponse : appeler les détenteurs de clés dans l'ordre."),
                    step(.dispatchGuard, "Aucun détenteur joignable ou mot de passe erroné : envoyer l'agent.", required: false),
                    call(.police, "Intrusion avérée : appeler le 17.", required: false),
                    step(.waitForRestore, "Faire remettre en service ; attendre la fermeture (CL) ou le retour au repos."),
                ]),
            // Story 5: the medicine fridge makes every mains failure urgent, even at night: its procedure ranks it with
            // the intrusions.
            site(
                .pharmacieLyon, .technical, code: "AT", variant: 1, priority: 88, "Pharmacie du Centre — coupure secteur",
                [
                    step(
                        .instruction, "Réfrigérateur à médicaments (vaccins, insulines) : toute coupure secteur est urgente, de jour comme de nuit."),
                    step(.callContacts, "Appeler immédiatement la pharmacienne titulaire, même la nuit."),
                    step(.notifyCustomer, "Confirmer par SMS l'heure de la coupure pour la traçabilité de la chaîne du froid."),
                    step(.waitForRestore, "Attendre le retour secteur (AR)."),
                ]),
            // Story 4: the joinery's solvents are told to the fire brigade.
            site(
                .perrinBrignais, .fire, "Menuiserie Perrin — incendie",
                [
                    check("Appel bref à l'atelier ; sans réponse sous 30 s, continuer.", required: false),
                    call(.fire, "Appeler le 18 sans attendre : atelier bois, stock de vernis et solvants au fond du bâtiment."),
                    step(.callContacts, "Appeler M. Perrin (5 min) pour accueillir les pompiers avec les clés."),
                    step(.waitForRestore, "Réarmement après intervention des pompiers ; noter leur référence."),
                ]),
            // Story 5: link lost at the tobacconist during opening hours.
            site(
                .tabacVienne, .supervision, "Tabac de la Gare — absence de test cyclique",
                [
                    check("Aux heures d'ouverture : appeler le tabac, faire vérifier l'alimentation du transmetteur (réserve) et la box internet."),
                    step(.notifyCustomer, "Si le test ne revient pas dans l'heure, prévenir l'installateur (Alarmes Viennoises, 04 74 31 66 20)."),
                    step(.waitForRestore, "Le prochain test cyclique rétablit la liaison.", required: false),
                ]),
            site(
                .tabacVienne, .technical, "Tabac de la Gare — défaut technique",
                [
                    check("Aux heures d'ouverture : appeler le tabac, faire vérifier l'alimentation du transmetteur (réserve) et la box internet."),
                    step(.notifyCustomer, "Défaut persistant : prévenir l'installateur (Alarmes Viennoises, 04 74 31 66 20).", required: false),
                    step(.waitForRestore, "Attendre le retour à la normale.", required: false),
                ]),
            // Story 8: the station's own faults outrank everything.
            site(
                .stationGerland, .technical, "Station — défaut technique (onduleur, groupe, climatisation)",
                [
                    step(
                        .instruction,
                        "Alarme station : prévenir immédiatement le chef de poste de permanence et vérifier l'état de l'onduleur et du groupe."),
                    step(.callContacts, "Appeler l'astreinte technique (M. Faure)."),
                    step(
                        .instruction,
                        "Coupure prévue au-delà de l'autonomie de l'onduleur (30 min) : préparer la bascule vers la station de secours de Meylan."),
                    step(.waitForRestore, "Attendre le retour secteur et la fin du fonctionnement sur batterie."),
                ]),
            site(
                .stationGerland, .loneWorker, "Station — homme mort non acquitté",
                [
                    check("Appeler le poste de l'opérateur de nuit."),
                    step(.callContacts, "Sans réponse : appeler le chef de poste de permanence, puis Mme Martin."),
                    call(.ambulance, "Opérateur trouvé inconscient ou blessé : appeler le 15.", required: false),
                ]),
            site(
                .stationGerland, .fire, "Station — incendie",
                [
                    call(.fire, "Appeler le 18 immédiatement : salle opérateurs au 2e étage, sas biométrique."),
                    step(.instruction, "Évacuer la salle et basculer l'exploitation vers la station de secours de Meylan."),
                    step(.callContacts, "Prévenir le chef de poste de permanence et le directeur de la station."),
                    step(.waitForRestore, "Attendre le réarmement après intervention."),
                ]),
        ]
    }
}
