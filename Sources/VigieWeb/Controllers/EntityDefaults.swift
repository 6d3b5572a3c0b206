import VigieCore

/// Values a client may leave out when creating or replacing an entity, as the entity's initialiser would.
///
/// Synthesised `Decodable` requires every non-optional key; filling these first keeps the API as forgiving
/// as the Swift initialisers, and the OpenAPI document marks these keys as optional with these defaults.
enum EntityDefaults {
    static func values(for kind: EntityKind) -> [String: Any] {
        switch kind {
        case .customer: ["kind": "business"]
        case .site: ["timeZone": "Europe/Paris", "riskLevel": "medium", "mode": ["state": "normal"]]
        case .transmitter: ["wireProtocol": "dc09SIA", "keyFormat": "hex"]
        case .contact: ["isKeyholder": false]
        case .openingSchedule: ["toleranceMinutes": 15, "closedDates": [String]()]
        case .temporaryInstruction: ["suppressedZones": [Int](), "suppressedDevices": [String]()]
        case .closureCode: ["requiresComment": false, "active": true]
        case .supervisionProfile: ["graceSeconds": 0]
        case .device: ["kind": "camera", "https": false, "eventStream": false, "channel": 1, "zones": [Int](), "presets": [[String: Any]]()]
        case .zone, .procedure: [:]
        }
    }
}
