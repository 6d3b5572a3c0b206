import NIOCore
import VigieCore

extension SurGardMessage {
    /// The line as sent to automation software, without DC4.
    public var text: String {
        let header = "\(receiver)\(line)"
        switch kind {
        case .heartbeat:
            return "1\(header)" + String(repeating: " ", count: 11) + "@" + String(repeating: " ", count: 4)
        case .contactID:
            guard let event = contactID else { return "5\(header) 18\(account ?? "")" }
            let qualifier = event.qualifier == .alarm ? "E" : event.qualifier == .restore ? "R" : "P"
            return "5\(header) 18\(account ?? "")\(qualifier)\(event.code)\(event.group)\(event.zoneOrUser)\(time ?? "")"
        case .sia:
            return "S\(header)[\(siaData ?? "")]"
        case .siaProtocol1:
            let account = self.account ?? ""
            let padded = String(repeating: " ", count: max(0, 6 - account.count)) + account
            let event = events.first
            let zone = event?.zone ?? event?.user ?? event?.partition ?? "0000"
            return "3\(header)    \(padded)\(event?.code ?? "")\(String(repeating: "0", count: max(0, 4 - zone.count)) + zone)"
        }
    }
}

extension ByteBuffer {
    /// Appends `message` and its DC4 terminator.
    /// - Returns: The number of bytes written.
    @discardableResult
    public mutating func writeSurGardMessage(_ message: SurGardMessage) -> Int {
        writeString(message.text) + writeInteger(SurGard.terminator)
    }
}
