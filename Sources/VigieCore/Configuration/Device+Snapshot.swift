import Foundation

extension Device {
    /// Where the device serves a JPEG of its channel, by driver (docs/video.md): Hikvision's
    /// `/ISAPI/Streaming/channels/{channel}01/picture`, Dahua's `/cgi-bin/snapshot.cgi?channel=N`, Axis's
    /// `/axis-cgi/jpg/image.cgi`, or the configured ``snapshotURL`` (a path on the device, or a whole URL where
    /// `{host}` and `{channel}` are replaced). `nil` for ONVIF (its address comes from `GetSnapshotUri`) and RTSP-only
    /// devices, which the station cannot ask for a JPEG over HTTP yet.
    public var snapshotAddress: URL? {
        let path: String
        switch driver {
        case .hikvisionISAPI: path = "/ISAPI/Streaming/channels/\(channel)01/picture"
        case .dahuaCGI: path = "/cgi-bin/snapshot.cgi?channel=\(channel)"
        case .axisVAPIX: path = channel > 1 ? "/axis-cgi/jpg/image.cgi?camera=\(channel)" : "/axis-cgi/jpg/image.cgi"
        case .httpSnapshot:
            guard let snapshotURL, !snapshotURL.isEmpty else { return nil }
            let filled = snapshotURL.replacingOccurrences(of: "{host}", with: host).replacingOccurrences(of: "{channel}", with: "\(channel)")
            if filled.contains("://") { return URL(string: filled) }
            path = filled.hasPrefix("/") ? filled : "/" + filled
        case .onvif, .rtspOnly: return nil
        }
        return URL(string: "\(https ? "https" : "http")://\(host)\(path)")
    }

    /// Whether the camera looks at one of `zones`: its images are evidence of an alarm in them.
    public func covers(anyOf zones: [Int]) -> Bool {
        zones.contains { self.zones.contains($0) }
    }
}
