import VigieCore

/// What the event types cameras and recorders send mean to the station: Immix `EventType` values and Hikvision
/// `eventType` values (docs/video.md), compared without case. An e-mail that names no type is a camera alarm, as
/// SureView and Immix treat it; a type the table does not know is kept with its name for the operator.
public enum CameraEventTable {
    public struct Entry: Sendable, Hashable {
        public var category: EventCategory
        public var description: String
        public var frenchDescription: String
    }

    /// The meaning of `type`; a camera alarm for no type at all.
    public static func entry(for type: String?) -> Entry {
        guard let type, !type.isEmpty else { return cameraAlarm }
        return entries[type.lowercased()]
            ?? Entry(category: .unknown, description: "Camera event \(type)", frenchDescription: "Événement caméra \(type)")
    }

    static let cameraAlarm = Entry(category: .burglary, description: "Camera alarm", frenchDescription: "Alarme caméra")

    private static let motion = Entry(category: .burglary, description: "Video motion detected", frenchDescription: "Détection de mouvement vidéo")
    private static let person = Entry(
        category: .burglary, description: "Person detected by camera", frenchDescription: "Personne détectée par caméra")
    private static let intrusion = Entry(
        category: .burglary, description: "Intrusion detected by camera", frenchDescription: "Intrusion détectée par caméra")
    private static let line = Entry(category: .burglary, description: "Line crossing detected", frenchDescription: "Franchissement de ligne détecté")
    private static let vehicle = Entry(
        category: .burglary, description: "Vehicle detected by camera", frenchDescription: "Véhicule détecté par caméra")
    private static let tamper = Entry(
        category: .tamper, description: "Camera tampering", frenchDescription: "Autoprotection caméra (masquage ou déplacement)")
    private static let videoLoss = Entry(category: .technical, description: "Video loss", frenchDescription: "Perte du signal vidéo")
    private static let storage = Entry(
        category: .technical, description: "Recorder storage fault", frenchDescription: "Défaut de stockage de l'enregistreur")
    private static let input = Entry(category: .burglary, description: "Camera alarm input", frenchDescription: "Entrée d'alarme de la caméra")

    private static let entries: [String: Entry] = [
        "motiondetected": motion, "motion": motion, "vmd": motion, "videomotion": motion,
        "persondetected": person, "humandetected": person,
        "intruderdetected": intrusion, "intrusion": intrusion, "fielddetection": intrusion, "regionentrance": intrusion,
        "linedetection": line, "linecrossing": line, "crosslinedetection": line,
        "vehicledetected": vehicle,
        "tamperalarm": tamper, "tamperdetection": tamper, "shelteralarm": tamper, "scenechange": tamper,
        "videoloss": videoLoss,
        "diskfull": storage, "diskerror": storage, "hderror": storage,
        "io": input, "pir": input, "alarminput": input,
    ]
}
