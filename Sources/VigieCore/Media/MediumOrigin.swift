/// How a medium reached the station: sent by the device with its alarm, or fetched by the station for an alarm.
public enum MediumOrigin: String, Codable, Sendable, CaseIterable {
    /// Attached to a camera's alarm e-mail.
    case email
    /// Posted by the camera with its event (Hikvision ISAPI push, the generic JSON event).
    case httpPush
    /// The URL of a DC-09 `[V]` field, fetched by the station.
    case verificationURL
    /// A snapshot the station asked the camera for when the alarm opened.
    case snapshot
    /// A clip the station recorded from the camera's stream.
    case recording
}
