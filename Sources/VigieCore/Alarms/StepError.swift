/// Why a step could not be recorded.
public enum StepError: Error, Sendable, Hashable, CustomStringConvertible {
    case noSuchStep(Int)
    case alreadyRecorded(Int)
    /// Skipping a step needs a reason.
    case reasonRequired

    public var description: String {
        switch self {
        case .noSuchStep(let index): "the procedure has no step \(index)"
        case .alreadyRecorded(let index): "step \(index) is already recorded"
        case .reasonRequired: "a skipped step needs a reason"
        }
    }
}
