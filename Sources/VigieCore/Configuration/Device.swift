import Foundation

/// A camera, a recorder's channel or a video encoder at a site (*caméra, enregistreur*), which the station asks for
/// images and clips when the site alarms, and which may send its own alarms (e-mail, HTTP push, event stream).
public struct Device: ConfigEntity {
    public static let kind = EntityKind.device
    public static let secretFields: [any WritableKeyPath<Device, String?> & Sendable] = [\.password]
    public static let secretFieldNames = ["password"]

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case camera
        /// One channel of an NVR or DVR: the recorder answers for the camera plugged into that channel.
        case recorderChannel
        /// An encoder that puts analogue cameras on the network.
        case encoder
    }

    /// How the station talks to the device (docs/video.md): the maker's HTTP interface, ONVIF, a plain snapshot URL,
    /// or only its RTSP stream.
    public enum Driver: String, Codable, Sendable, CaseIterable {
        case hikvisionISAPI, dahuaCGI, axisVAPIX, onvif, httpSnapshot, rtspOnly
    }

    /// A PTZ position stored in the camera, by its number there (the gate, the loading bay).
    public struct Preset: Codable, Sendable, Hashable {
        public var number: Int
        public var name: String

        public init(number: Int, name: String) {
            self.number = number
            self.name = name
        }
    }

    public var id: UUID
    public var siteID: UUID
    /// What the operator reads beside its images: "Caméra quai 2".
    public var name: String
    public var kind: Kind
    public var driver: Driver
    /// The device's network address as the station reaches it: a host name or IP address, with `:port` when not 80/443.
    public var host: String
    /// HTTPS rather than HTTP for its web interface.
    public var https: Bool
    public var username: String?
    /// The device account's password. Secret, like a transmitter's AES key.
    public var password: String?
    /// The recorder's or encoder's channel this camera is on (1 for a camera on its own).
    public var channel: Int
    /// The site's zones this camera looks at: their alarms fetch its images.
    public var zones: [Int]
    public var presets: [Preset]
    /// The stream for clips and live view, where `{host}` and `{channel}` are replaced:
    /// `rtsp://{host}:554/Streaming/Channels/{channel}01`. Required for `rtspOnly`.
    public var rtspURL: String?
    /// The snapshot address for `httpSnapshot` (a path on the device, `/snapshot.jpg`, or a whole URL).
    public var snapshotURL: String?
    /// The name the station knows the camera by when it calls in: the local part of the address its alarm e-mails are
    /// sent to (`quai2` of `quai2@alarmes.example`) and the path it pushes its events to (`/push/quai2`).
    public var mailbox: String?
    /// Make and model, for the technician.
    public var model: String?
    /// Whether the station keeps the device's event stream open (Hikvision `alertStream`) and supervises it like a
    /// link.
    public var eventStream: Bool

    public init(
        id: UUID = UUID(), siteID: UUID, name: String, kind: Kind = .camera, driver: Driver, host: String, https: Bool = false,
        username: String? = nil, password: String? = nil, channel: Int = 1, zones: [Int] = [], presets: [Preset] = [],
        rtspURL: String? = nil, snapshotURL: String? = nil, mailbox: String? = nil, model: String? = nil, eventStream: Bool = false
    ) {
        self.id = id
        self.siteID = siteID
        self.name = name
        self.kind = kind
        self.driver = driver
        self.host = host
        self.https = https
        self.username = username
        self.password = password
        self.channel = channel
        self.zones = zones
        self.presets = presets
        self.rtspURL = rtspURL
        self.snapshotURL = snapshotURL
        self.mailbox = mailbox
        self.eventStream = eventStream
        self.model = model
    }

    private enum CodingKeys: String, CodingKey {
        case id, siteID, name, kind, driver, host, https, username, password, channel, zones, presets, rtspURL, snapshotURL, mailbox, model,
            eventStream
    }

    /// Devices stored before event streams have no `eventStream`: none is subscribed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UUID.self, forKey: .id)
        siteID = try container.decode(UUID.self, forKey: .siteID)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(Kind.self, forKey: .kind)
        driver = try container.decode(Driver.self, forKey: .driver)
        host = try container.decode(String.self, forKey: .host)
        https = try container.decode(Bool.self, forKey: .https)
        username = try container.decodeIfPresent(String.self, forKey: .username)
        password = try container.decodeIfPresent(String.self, forKey: .password)
        channel = try container.decode(Int.self, forKey: .channel)
        zones = try container.decode([Int].self, forKey: .zones)
        presets = try container.decode([Preset].self, forKey: .presets)
        rtspURL = try container.decodeIfPresent(String.self, forKey: .rtspURL)
        snapshotURL = try container.decodeIfPresent(String.self, forKey: .snapshotURL)
        mailbox = try container.decodeIfPresent(String.self, forKey: .mailbox)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        eventStream = try container.decodeIfPresent(Bool.self, forKey: .eventStream) ?? false
    }

    public var parent: EntityReference? { EntityReference(.site, siteID) }
    /// A mailbox names one device: its e-mails must not land on another's alarms.
    public static let uniqueKeyField = "mailbox"
    public var uniqueKey: String? { mailbox.map { "mailbox:\($0.lowercased())" } }
    public var label: String { name }
    public var searchText: String { .searchText(name, host, model, mailbox) }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.requireText(name, "name", maxLength: 100)
        v.check(Self.isHost(host), "host", .deviceHost)
        v.optionalText(username, "username", maxLength: 100)
        v.optionalText(password, "password", maxLength: 200)
        v.check((1...256).contains(channel), "channel", .between(1, 256))
        v.check(zones.allSatisfy { (0...9999).contains($0) }, "zones", .between(0, 9999))
        v.check(Set(zones).count == zones.count, "zones", .listedTwice)
        for (index, preset) in presets.enumerated() {
            v.nested("presets[\(index)]") { v in
                v.check((1...256).contains(preset.number), "number", .between(1, 256))
                v.requireText(preset.name, "name", maxLength: 60)
            }
        }
        v.check(Set(presets.map(\.number)).count == presets.count, "presets", .listedTwice)
        if let rtspURL {
            v.check(rtspURL.hasPrefix("rtsp://") || rtspURL.hasPrefix("rtsps://"), "rtspURL", .rtspURL)
            v.optionalText(rtspURL, "rtspURL", maxLength: 500)
        } else if driver == .rtspOnly {
            v.fail("rtspURL", .required)
        }
        if let snapshotURL {
            v.check(snapshotURL.hasPrefix("/") || snapshotURL.hasPrefix("http://") || snapshotURL.hasPrefix("https://"), "snapshotURL", .snapshotURL)
            v.optionalText(snapshotURL, "snapshotURL", maxLength: 500)
        } else if driver == .httpSnapshot {
            v.fail("snapshotURL", .required)
        }
        if let mailbox {
            v.check(
                (1...64).contains(mailbox.count) && mailbox.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-+".contains($0)) },
                "mailbox", .mailbox)
        }
        v.optionalText(model, "model", maxLength: 100)
        try v.throwIfInvalid()
    }

    /// A host name, an IPv4 address or a bracketed IPv6 address, with an optional port; no scheme, path or space.
    static func isHost(_ text: String) -> Bool {
        guard (1...260).contains(text.count), !text.contains("/"), !text.contains(where: \.isWhitespace) else { return false }
        var name = Substring(text)
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return false }
            let address = text[text.index(after: text.startIndex)..<close]
            guard !address.isEmpty, address.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return false }
            name = text[text.index(after: close)...]
            return name.isEmpty || (name.first == ":" && isPort(name.dropFirst()))
        }
        if let colon = name.lastIndex(of: ":") {
            guard isPort(name[name.index(after: colon)...]) else { return false }
            name = name[..<colon]
        }
        return !name.isEmpty
            && name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
                (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                    && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }
    }

    private static func isPort(_ text: Substring) -> Bool {
        guard let port = Int(text) else { return false }
        return (1...65535).contains(port)
    }
}
