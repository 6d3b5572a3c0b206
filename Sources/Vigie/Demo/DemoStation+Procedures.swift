import Foundation
import VigieCore

/// The station's default procedures (*consignes générales*), one per event category that needs action.
///
/// They follow French practice: the police are called for property only after a positive verification
/// (*levée de doute*, CSI L613-6); fire, hold-up and duress skip that rule; a hold-up or duress site is
/// never called back. Customer and site overrides are in `DemoStation+ProcedureOverrides.swift`.
extension DemoStation {
    static func procedures() -> [Procedure] { stationProcedures() + customerProcedures() + siteProcedures() + stationFaultProcedures() }

    static func step(_ kind: ProcedureStep.Kind, _ text: String, required: Bool = true) -> ProcedureStep {
        ProcedureStep(kind: kind, text: text, required: required)
    }

    static func call(_ service: PublicService, _ text: String, required: Bool = true) -> ProcedureStep {
        ProcedureStep(kind: .callPublicService, text: text, required: required, publicService: service)
    }

    /// A station default with its fixed id.
    private static func station(_ category: EventCategory, _ title: String, _ steps: [ProcedureStep]) -> Procedure {
        Procedure(id: procedureID(.station, 0, category), scope: .station, category: category, title: title, steps: steps)
    }

    private static func stationProcedures() -> [Procedure] {
        [
            station(
                .burglary, "Intrusion — consigne générale",
                [
                    step(.videoCheck, "Si le site est équipé de caméras : visionner les images de l'alarme et le direct.", required: false),
                    step(
                        .callback,
                        "Appeler le site et demander le mot de passe. Mot de contrainte : appliquer la consigne agression sans rien laisser paraître."
                    ),
                    step(.callContacts, "Appeler les contacts dans l'ordre jusqu'à joindre une personne ; demander si une présence est autorisée."),
                    step(
                        .dispatchGuard, "Levée de doute impossible ou négative sans détenteur de clés disponible : envoyer l'agent d'intervention.",
                        required: false),
                    call(
                        .police, "Uniquement si l'intrusion est avérée (levée de doute positive) : appeler le 17, noter la référence.",
                        required: false),
                    step(.waitForRestore, "Attendre le retour au repos des zones avant de clôturer."),
                ]),
            station(
                .fire, "Incendie — consigne générale",
                [
                    step(
                        .callback, "Appel bref au site : présence sur place ? feu confirmé ? Sans réponse sous 30 s, passer à l'étape suivante.",
                        required: false),
                    call(
                        .fire,
                        "Appeler le 18 sans attendre de levée de doute : adresse complète, accès, produits dangereux signalés dans la fiche site."),
                    step(.callContacts, "Prévenir les détenteurs de clés pour accueillir les pompiers."),
                    step(.waitForRestore, "Attendre le réarmement après intervention des pompiers ; noter leur référence."),
                ]),
            station(
                .holdUp, "Agression — consigne générale",
                [
                    step(.instruction, "Ne pas rappeler le site : un appel peut mettre en danger les personnes présentes."),
                    call(.police, "Appeler le 17 immédiatement : agression en cours, adresse, nombre de personnes si connu."),
                    step(.audioCheck, "Écoute discrète si le site est équipé ; noter ce qui est entendu.", required: false),
                    step(
                        .dispatchGuard, "Envoyer l'agent en stationnement à distance : il n'entre pas avant les forces de l'ordre.", required: false),
                    step(.callContacts, "Une fois la police engagée, prévenir le responsable sécurité."),
                ]),
            station(
                .duress, "Contrainte — consigne générale",
                [
                    step(
                        .instruction, "Mot ou code de contrainte : ne rien laisser paraître, terminer l'appel normalement, ne pas rappeler le site."),
                    call(.police, "Appeler le 17 immédiatement : personne sous contrainte, adresse, circonstances."),
                    step(.dispatchGuard, "Agent en stationnement à distance, sans se présenter sur le site.", required: false),
                    step(.callContacts, "Prévenir le responsable sécurité par un numéro autre que celui du site."),
                ]),
            station(
                .panic, "Appel d'urgence / panique — consigne générale",
                [
                    step(.audioCheck, "Écoute du site si possible.", required: false),
                    step(.callback, "Rappeler le site ; demander le mot de passe et la nature de l'urgence."),
                    call(.police, "Sans réponse ou doute sur la sécurité des personnes : appeler le 17.", required: false),
                    step(.callContacts, "Prévenir les contacts."),
                ]),
            station(
                .medical, "Secours à personne — consigne générale",
                [
                    step(.callback, "Appeler la personne ; évaluer son état (conscience, chute, douleur)."),
                    call(.ambulance, "Si la personne ne répond pas ou le demande : appeler le 15 (SAMU)."),
                    step(.callContacts, "Prévenir un proche détenteur de clés pour ouvrir aux secours."),
                ]),
            station(
                .loneWorker, "Travailleur isolé (PTI/DATI) — consigne générale",
                [
                    step(.callback, "Appeler le travailleur isolé ; demander le mot de passe."),
                    step(.callContacts, "Sans réponse : appeler le responsable et donner la dernière position connue."),
                    call(.emergency112, "Personne en danger ou injoignable après les contacts : appeler le 112 avec la position.", required: false),
                ]),
            station(
                .environmental, "Alarme technique 24 h (eau, gaz, froid) — consigne générale",
                [
                    step(.callback, "Appeler le site pour faire constater le défaut."),
                    step(.callContacts, "Prévenir les contacts, y compris la nuit pour une panne de froid ou une fuite d'eau."),
                    call(.fire, "Fuite de gaz ou inondation importante confirmée : appeler le 18.", required: false),
                    step(.waitForRestore, "Attendre le retour à la normale.", required: false),
                ]),
            station(
                .technical, "Défaut technique — consigne générale",
                [
                    step(
                        .instruction,
                        "Identifier le défaut : secteur, batterie, ligne, sirène, détecteur. Vérifier si d'autres sites du secteur ont le même défaut (coupure EDF, orage)."
                    ),
                    step(
                        .callContacts,
                        "Aux heures d'ouverture, appeler le site ; hors heures, prévenir le contact le jour ouvré suivant sauf consigne particulière.",
                        required: false),
                    step(.notifyCustomer, "Si le défaut dure plus de 24 h, prévenir le client et son installateur.", required: false),
                    step(.waitForRestore, "Le retour secteur ou ligne clôture le défaut.", required: false),
                ]),
            station(
                .tamper, "Autoprotection — consigne générale",
                [
                    step(.callback, "Appeler le site ; demander le mot de passe et s'il y a une intervention technique en cours."),
                    step(.callContacts, "Sans explication : appeler les contacts."),
                    step(.dispatchGuard, "Site fermé et sans explication : traiter comme une intrusion et envoyer l'agent.", required: false),
                    step(.waitForRestore, "Attendre le retour au repos de l'autoprotection."),
                ]),
            station(
                .supervision, "Perte de liaison / absence de test cyclique — consigne générale",
                [
                    step(.instruction, "Vérifier si d'autres transmetteurs ont perdu la liaison (panne opérateur, récepteur) avant d'appeler."),
                    step(
                        .callback, "Aux heures d'ouverture : faire vérifier l'alimentation du transmetteur et la box ou le réseau.", required: false),
                    step(.notifyCustomer, "Signaler le défaut au client et à son installateur."),
                    step(.waitForRestore, "Le prochain test reçu rétablit la liaison.", required: false),
                ]),
            station(
                .opening, "Mise hors service hors horaires — consigne générale",
                [
                    step(.callback, "Appeler le site et demander le mot de passe."),
                    step(.callContacts, "Sans réponse ou mot de passe erroné : appeler les contacts."),
                    step(.dispatchGuard, "Aucun contact ne confirme la présence : envoyer l'agent.", required: false),
                ]),
            station(
                .closing, "Site non mis en service à l'heure — consigne générale",
                [
                    step(.callContacts, "Prévenir le responsable que le site n'est pas en service après l'heure de fermeture."),
                    step(.notifyCustomer, "Confirmer par SMS ou courriel la mise en service tardive ou l'oubli.", required: false),
                ]),
            station(
                .bypass, "Zone inhibée — consigne générale",
                [
                    step(.instruction, "Vérifier qu'une consigne provisoire justifie l'inhibition ; sinon prévenir le client."),
                    step(.notifyCustomer, "Informer le client des zones restées inhibées.", required: false),
                ]),
            station(
                .unknown, "Code inconnu — consigne générale",
                [
                    step(.instruction, "Noter le code brut reçu, prévenir le chef de poste et traiter comme un défaut technique."),
                    step(.callContacts, "Aux heures d'ouverture, appeler le site pour comprendre l'événement.", required: false),
                ]),
        ]
    }
}
