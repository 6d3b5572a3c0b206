import Foundation

extension Device {
    /// The camera's RTSP stream, for clips and live view: the configured ``rtspURL`` or the driver's usual one
    /// (Hikvision `rtsp://{host}:554/Streaming/Channels/{channel}01`, Dahua `rtsp://{host}:554/cam/realmonitor?channel=N&subtype=0`,
    /// Axis `rtsp://{host}/axis-media/media.amp`), `{host}` being the device's host without its HTTP port, with the
    /// device's account written in when the address carries none. `nil` when the camera has no known stream.
    ///
    /// It holds the password: it goes to ffmpeg's arguments and nowhere else (never to the console, the API or a log).
    public var streamAddress: String? {
        let template: String
        if let rtspURL, !rtspURL.isEmpty {
            template = rtspURL
        } else {
            switch driver {
            case .hikvisionISAPI: template = "rtsp://{host}:554/Streaming/Channels/{channel}01"
            case .dahuaCGI: template = "rtsp://{host}:554/cam/realmonitor?channel={channel}&subtype=0"
            case .axisVAPIX: template = channel > 1 ? "rtsp://{host}/axis-media/media.amp?camera={channel}" : "rtsp://{host}/axis-media/media.amp"
            case .onvif, .httpSnapshot, .rtspOnly: return nil
            }
        }
        let address = template.replacingOccurrences(of: "{host}", with: Self.hostName(host)).replacingOccurrences(of: "{channel}", with: "\(channel)")
        guard let scheme = address.range(of: "://"), let username, !username.isEmpty else { return address }
        let authority = address[scheme.upperBound...].prefix { $0 != "/" }
        guard !authority.contains("@") else { return address }
        let user = username.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? username
        let secret = (password ?? "").addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed) ?? ""
        return address[..<scheme.upperBound] + "\(user):\(secret)@" + address[scheme.upperBound...]
    }

    /// `camera.example` of `camera.example:8080`, `[2001:db8::1]` of `[2001:db8::1]:8080`.
    static func hostName(_ host: String) -> String {
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") { return String(host[...close]) }
        return String(host.prefix { $0 != ":" })
    }
}
