import Foundation

/// The logbook sentence of a recorded step.
public enum StepLog {
    public static func draft(alarm: Alarm, index: Int, by actor: AlarmActor) -> LogbookDraft {
        let record = alarm.steps[index]
        var parts = ["step \(index + 1) \(record.step.kind.rawValue)"]
        if record.outcome == nil, record.skippedReason == nil, let attempt = record.attempts?.last {
            parts.append("attempt \(record.attempts?.count ?? 0): \(attempt.call?.rawValue ?? "?")")
            if let called = attempt.called { parts.append("called \(called)") }
        } else if let outcome = record.outcome {
            if let call = outcome.call { parts.append("call \(call.rawValue)") }
            if let called = outcome.called { parts.append("called \(called)") }
            if let word = outcome.codeWord { parts.append("code word \(word.rawValue)") }
            if let verification = outcome.verification { parts.append("verification \(verification.rawValue)") }
            if let reference = outcome.reference { parts.append("reference \(reference)") }
            if outcome.restored == true { parts.append("restored") }
            if let note = outcome.note { parts.append(note) }
        } else if let reason = record.skippedReason {
            parts.append("skipped: \(reason)")
        }
        return LogbookDraft(
            about: alarm, kind: .alarmStep, author: Author(userID: actor.userID, name: actor.name),
            summary: "\(alarm.title): " + parts.joined(separator: ", "), details: record)
    }
}
