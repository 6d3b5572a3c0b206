/// Why a camera gave no snapshot: written on the alarm (`media.failed`) so that the operator knows which camera to
/// look at another way, never holding the alarm up.
public enum SnapshotError: Error, Hashable, Sendable {
    /// The driver has no HTTP snapshot (ONVIF, RTSP only) or the device no snapshot address.
    case noSnapshotAddress
    case unreachable(String)
    case timedOut(seconds: Int)
    /// The device refused the station's credentials (401 after answering its challenge) or has none configured.
    case unauthorized
    case httpStatus(Int)
    /// The device answered something other than a JPEG (an HTML login page, a JSON error).
    case notAJPEG(contentType: String)
    case tooLarge(bytes: Int)

    /// The stored reason: a word, then what exactly.
    public var reason: String {
        switch self {
        case .noSnapshotAddress: "noSnapshotAddress: the device's driver has no HTTP snapshot"
        case .unreachable(let detail): "unreachable: \(detail)"
        case .timedOut(let seconds): "timedOut: no answer within \(seconds) s"
        case .unauthorized: "unauthorized: the device refused the station's credentials"
        case .httpStatus(let status): "httpStatus: the device answered \(status)"
        case .notAJPEG(let type): "notAJPEG: the device answered \(type.isEmpty ? "something else" : type)"
        case .tooLarge(let bytes): "tooLarge: more than \(bytes) bytes"
        }
    }
}
