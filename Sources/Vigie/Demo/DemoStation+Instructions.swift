import Foundation
import VigieCore

/// The temporary instructions (*consignes provisoires*) in force when the demo starts: exactly two, as the
/// shift take-over of story 7 shows. Story 6's instruction (Garnier zone 12) is left for the operator to create.
extension DemoStation {
    static func temporaryInstructions(now: Date) -> [TemporaryInstruction] {
        let holidayEnd = local(now, dayOffset: 11, hour: 18)
        return [
            TemporaryInstruction(
                id: uuid(.instruction, 1), siteID: SiteKey.lefevreEcully.id,
                text:
                    "Propriétaires en vacances jusqu'au \(dayMonth(holidayEnd, in: "Europe/Paris")) à 18 h : maison inoccupée, toute alarme est suspecte. "
                    + "Appeler d'abord M. Girard (voisin, détenteur de clés) ; M. Lefèvre reste joignable sur son portable (décalage horaire +6 h).",
                validFrom: local(now, dayOffset: -3, hour: 8), validUntil: holidayEnd,
                requestedBy: "M. Philippe Lefèvre (appel du propriétaire)"),
            TemporaryInstruction(
                id: uuid(.instruction, 2), siteID: SiteKey.banqueMonplaisir.id,
                text: "Travaux de peinture dans le hall : le détecteur volumétrique de la zone 2 est bâché et neutralisé. "
                    + "Les autres zones restent actives. Entreprise Peintures Lyonnaises présente de 7 h à 17 h.",
                validFrom: local(now, dayOffset: -1, hour: 7), validUntil: local(now, dayOffset: 2, hour: 19), suppressedZones: [2],
                requestedBy: "M. Stéphane Morel, directeur d'agence"),
        ]
    }

    /// `hour`:00 in Paris, `dayOffset` days from the day of `now`: round times, as a caller would give them.
    private static func local(_ now: Date, dayOffset: Int, hour: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        let day = calendar.date(byAdding: .day, value: dayOffset, to: calendar.startOfDay(for: now))!
        return calendar.date(bySettingHour: hour, minute: 0, second: 0, of: day)!
    }

    /// "14/06", the way a French operator writes a date in a note.
    private static func dayMonth(_ date: Date, in timeZone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone)!
        let parts = calendar.dateComponents([.day, .month], from: date)
        let day = parts.day!
        let month = parts.month!
        return "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)"
    }
}
