/// One kind of event in the simulated mix, written as SIA DC-03 or Contact ID.
enum MixEvent: Sendable, Hashable {
    case poll
    case periodicTest
    case opening(user: Int)
    case closing(user: Int)
    case burglary(zone: Int, restore: Bool)
    case fire(zone: Int, restore: Bool)
    case mainsFailure(restore: Bool)
    case lowBattery(restore: Bool)
    case holdUp(zone: Int, restore: Bool)
    /// A dead-man device's wearer did not acknowledge it within its period. No restore: the operator closes the
    /// alarm once the wearer is reached (story 8).
    case missedCheckIn(zone: Int)

    /// The event that ends this alarm or trouble, if it has one.
    var restore: MixEvent? {
        switch self {
        case .burglary(let zone, false): .burglary(zone: zone, restore: true)
        case .fire(let zone, false): .fire(zone: zone, restore: true)
        case .mainsFailure(false): .mainsFailure(restore: true)
        case .lowBattery(false): .lowBattery(restore: true)
        case .holdUp(let zone, false): .holdUp(zone: zone, restore: true)
        default: nil
        }
    }

    /// SIA DC-03 function block: `Nri1/BA003`, `Nri1/CL002` (user 2), `Nri0/RP0000`.
    var sia: String {
        switch self {
        case .poll: ""
        case .periodicTest: "Nri0/RP0000"
        case .opening(let user): "Nri1/OP" + Self.digits(user)
        case .closing(let user): "Nri1/CL" + Self.digits(user)
        case .burglary(let zone, let restore): "Nri1/" + (restore ? "BR" : "BA") + Self.digits(zone)
        case .fire(let zone, let restore): "Nri1/" + (restore ? "FR" : "FA") + Self.digits(zone)
        case .mainsFailure(let restore): restore ? "Nri0/AR000" : "Nri0/AT000"
        case .lowBattery(let restore): restore ? "Nri0/YR000" : "Nri0/YT000"
        case .holdUp(let zone, let restore): "Nri1/" + (restore ? "HR" : "HA") + Self.digits(zone)
        // SIA DC-03 has no code for a missed check-in: its emergency alarm is the nearest.
        case .missedCheckIn(let zone): "Nri1/QA" + Self.digits(zone)
        }
    }

    /// Contact ID `QEEE GG ZZZ`: qualifier 1 new / 3 restore (or closing), event code, partition, zone or user.
    var contactID: String {
        switch self {
        case .poll: ""
        case .periodicTest: "1602 00 000"
        case .opening(let user): "1401 01 " + Self.digits(user)
        case .closing(let user): "3401 01 " + Self.digits(user)
        case .burglary(let zone, let restore): (restore ? "3" : "1") + "130 01 " + Self.digits(zone)
        case .fire(let zone, let restore): (restore ? "3" : "1") + "110 01 " + Self.digits(zone)
        case .mainsFailure(let restore): (restore ? "3" : "1") + "301 00 000"
        case .lowBattery(let restore): (restore ? "3" : "1") + "302 00 000"
        case .holdUp(let zone, let restore): (restore ? "3" : "1") + "122 01 " + Self.digits(zone)
        case .missedCheckIn(let zone): "1102 01 " + Self.digits(zone)  // 102 Fail To Report In
        }
    }

    private static func digits(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }
}
