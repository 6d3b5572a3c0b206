import Foundation

/// One step of the procedure an alarm is handled with, and what the operator recorded for it.
///
/// The steps are copied into the alarm when it opens (or when a worse category takes over), so that a later
/// change of the procedure never rewrites how a past alarm was handled.
public struct StepRecord: Codable, Sendable, Hashable {
    public var step: ProcedureStep
    /// The procedure it comes from (station default, customer or site layer).
    public var procedureTitle: String
    public var outcome: StepOutcome?
    /// Calls that did not reach anyone (no answer, busy, wrong number, voicemail), in order: a call step stays
    /// open until someone answers or it is skipped with a reason ("call the contacts in order until one answers").
    public var attempts: [StepOutcome]?
    /// Why a step was skipped; a required step is done or skipped with a reason before closure.
    public var skippedReason: String?
    public var by: String?
    public var at: Date?

    public init(step: ProcedureStep, procedureTitle: String) {
        self.step = step
        self.procedureTitle = procedureTitle
    }

    /// Steps whose calls are retried until someone answers.
    public var isCallStep: Bool { step.kind == .callback || step.kind == .callContacts }

    /// Whether the step still blocks the closure.
    public var isPending: Bool { step.required && outcome == nil && skippedReason == nil }
}

/// What an operator recorded at a step.
public struct StepOutcome: Codable, Sendable, Hashable {
    /// Answered, no answer, busy, wrong number, voicemail: the result of a call.
    public enum CallResult: String, Codable, Sendable, CaseIterable { case answered, noAnswer, busy, wrongNumber, voicemail }
    /// The verification's conclusion (*levée de doute*).
    public enum Verification: String, Codable, Sendable, CaseIterable { case positive, negative, doubtful }

    public var call: CallResult?
    /// Who was called, when a contact of the site.
    public var contactID: UUID?
    /// Who was called and at which number, in words ("Menuiserie Perrin, 04 78 00 00 02"): what the logbook says.
    public var called: String?
    public var codeWord: CodeWordCheck?
    public var verification: Verification?
    /// The guard company's or public service's reference (*numéro d'intervention*).
    public var reference: String?
    /// The site restored (no zone left in alarm): recorded by the station when the restore arrives.
    public var restored: Bool?
    public var note: String?
    /// The alarm's images and clips the operator had on screen when concluding a video verification, by hash: what
    /// the conclusion was drawn from (``VideoEvidence``).
    public var mediaSeen: [MediaLog.Item]?

    public init(
        call: CallResult? = nil, contactID: UUID? = nil, called: String? = nil, codeWord: CodeWordCheck? = nil,
        verification: Verification? = nil, reference: String? = nil, restored: Bool? = nil, note: String? = nil
    ) {
        self.call = call
        self.contactID = contactID
        self.called = called
        self.codeWord = codeWord
        self.verification = verification
        self.reference = reference
        self.restored = restored
        self.note = note
    }
}
