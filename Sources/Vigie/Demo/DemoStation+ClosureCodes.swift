import Foundation
import VigieCore

/// The closure codes (*codes de clôture*) supervisors count in their reports (story 10 filters on
/// `FA-USR`). Codes that do not explain themselves require a comment.
extension DemoStation {
    static func closureCodes() -> [ClosureCode] {
        let rows: [(String, String, ClosureCode.Outcome, Bool)] = [
            ("FA-USR", "Fausse alarme — erreur utilisateur", .falseAlarm, true),
            ("FA-TECH", "Fausse alarme — défaut de matériel", .falseAlarm, true),
            ("FA-ENV", "Fausse alarme — cause environnementale (animal, météo, courant d'air)", .falseAlarm, false),
            ("FA-IND", "Fausse alarme — cause indéterminée", .falseAlarm, true),
            ("REAL-POL", "Intrusion confirmée — police et agent", .realAlarm, true),
            ("REAL-GRD", "Intrusion confirmée — agent d'intervention", .realAlarm, true),
            ("REAL-TENT", "Tentative d'intrusion — dégradations constatées", .realAlarm, true),
            ("REAL-FIRE", "Incendie confirmé — intervention des pompiers", .realAlarm, true),
            ("REAL-AGR", "Agression ou contrainte — forces de l'ordre", .realAlarm, true),
            ("REAL-MED", "Secours à personne — SAMU", .realAlarm, true),
            ("TECH", "Défaut technique — client ou installateur prévenu", .technical, false),
            ("TECH-LIEN", "Perte de liaison — liaison rétablie", .technical, false),
            ("TECH-SECT", "Coupure secteur — retour secteur", .technical, false),
            ("TEST", "Essai ou test de l'installateur", .test, false),
            ("CANCEL", "Annulation par le client (mot de passe correct)", .cancelled, false),
            ("DOUBLON", "Doublon — alarme déjà traitée", .other, false),
            ("AUTRE", "Autre (préciser en commentaire)", .other, true),
        ]
        return rows.enumerated().map { index, row in
            ClosureCode(id: uuid(.closureCode, index + 1), code: row.0, label: row.1, outcome: row.2, requiresComment: row.3)
        }
    }
}
