/// One step of a procedure, in the order the operator follows it.
public struct ProcedureStep: Codable, Sendable, Hashable {
    /// What the operator does at this step; each kind records its own outcome.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Read and apply a text instruction.
        case instruction
        /// Look at the site's cameras (*levée de doute vidéo*).
        case videoCheck
        /// Listen to the site's microphones (*levée de doute audio*).
        case audioCheck
        /// Call the site and check the code word (*contre-appel*): correct, wrong or duress.
        case callback
        /// Call the contacts in order until one answers.
        case callContacts
        /// Send the guard company (*intervention*).
        case dispatchGuard
        /// Call police (17), fire brigade (18), ambulance (15) or 112.
        case callPublicService
        /// Tell the customer what happened (call, SMS or e-mail).
        case notifyCustomer
        /// Wait for the restore of the zones in alarm before closing.
        case waitForRestore
    }

    /// What an unanswered call does (no answer, busy, wrong number, voicemail).
    public enum NoAnswer: String, Codable, Sendable, CaseIterable {
        /// The call is recorded and the operator goes on with the next step.
        case nextStep
        /// The step stays open for the next number or contact, until someone answers or it is skipped.
        case retry
    }

    public var kind: Kind
    /// What to do, in the station's words; required for `instruction`, optional detail otherwise.
    public var text: String?
    /// A required step blocks the closure until done, or skipped with a reason.
    public var required: Bool
    /// Which public service a `callPublicService` step calls.
    public var publicService: PublicService?
    /// For call steps, what no answer does; `nil` is the kind's default (``noAnswerAction``).
    public var onNoAnswer: NoAnswer?
    /// For a callback, whether the person who answers is asked the code word; `nil` asks it. A technical check
    /// ("ask the shop to look at the transmitter's power") needs no code word.
    public var asksCodeWord: Bool?

    public init(
        kind: Kind, text: String? = nil, required: Bool = true, publicService: PublicService? = nil, onNoAnswer: NoAnswer? = nil,
        asksCodeWord: Bool? = nil
    ) {
        self.kind = kind
        self.text = text
        self.required = required
        self.publicService = publicService
        self.onNoAnswer = onNoAnswer
        self.asksCodeWord = asksCodeWord
    }

    /// What no answer does: the callback to the site moves on (story 4: call the site, no answer, call the fire
    /// brigade); calling the contacts goes down the list until one answers.
    public var noAnswerAction: NoAnswer {
        onNoAnswer ?? (kind == .callContacts ? .retry : .nextStep)
    }

    /// Whether an answered call of this step checks the code word.
    public var checksCodeWord: Bool { kind == .callback && asksCodeWord != false }

    func validate(into v: inout Validator) {
        if kind == .instruction {
            v.requireText(text ?? "", "text", maxLength: 2000)
        } else {
            v.optionalText(text, "text")
        }
        let isCall = kind == .callback || kind == .callContacts
        v.check(isCall || onNoAnswer == nil, "onNoAnswer", .onlyForCalls)
        v.check(kind == .callback || asksCodeWord == nil, "asksCodeWord", .onlyForCallback)
        if kind == .callPublicService {
            v.check(publicService != nil, "publicService", .publicServiceRequired)
        } else {
            v.check(publicService == nil, "publicService", .onlyForPublicService)
        }
    }
}

/// The French emergency numbers an operator calls (*forces de l'ordre, pompiers, SAMU*).
public enum PublicService: String, Codable, Sendable, CaseIterable {
    /// Police or gendarmerie, 17.
    case police
    /// Fire brigade (*sapeurs-pompiers*), 18.
    case fire
    /// Medical emergency (*SAMU*), 15.
    case ambulance
    /// The European emergency number, 112.
    case emergency112

    /// The number dialled in France.
    public var number: String {
        switch self {
        case .police: "17"
        case .fire: "18"
        case .ambulance: "15"
        case .emergency112: "112"
        }
    }
}
