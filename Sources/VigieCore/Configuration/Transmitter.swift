import Foundation

/// An alarm panel or communicator (*transmetteur*) reporting for one account at a site.
public struct Transmitter: ConfigEntity {
    public static let kind = EntityKind.transmitter
    public static let secretFields: [any WritableKeyPath<Transmitter, String?> & Sendable] = [\.aesKey]
    public static let secretFieldNames = ["aesKey"]

    /// How the transmitter talks to the station.
    public enum WireProtocol: String, Codable, Sendable, CaseIterable {
        /// SIA DC-09 over IP carrying SIA DC-03 data (`SIA-DCS`).
        case dc09SIA
        /// SIA DC-09 over IP carrying Contact ID (`ADM-CID`).
        case dc09ContactID
        /// Received by a hardware receiver (Sur-Gard) and passed on over its automation output.
        case hardwareReceiver
    }

    /// How the AES key was given: the field has both 32-hex-digit keys and 16-character ASCII keys.
    public enum KeyFormat: String, Codable, Sendable, CaseIterable {
        case hex, ascii
    }

    public var id: UUID
    public var siteID: UUID
    /// The account (*numéro de transmetteur*): 3 to 16 hexadecimal characters in DC-09.
    public var account: String
    /// The receiver number (`R`), when the panel sends one.
    public var receiver: String?
    /// The line prefix (`L`), when the panel sends one.
    public var line: String?
    public var wireProtocol: WireProtocol
    /// The DC-09 AES key (128, 192 or 256 bits). Secret.
    public var aesKey: String?
    public var keyFormat: KeyFormat
    public var supervisionProfileID: UUID?
    /// Make and model, for the technician (*marque, modèle*).
    public var model: String?

    public init(
        id: UUID = UUID(), siteID: UUID, account: String, receiver: String? = nil, line: String? = nil,
        wireProtocol: WireProtocol = .dc09SIA, aesKey: String? = nil, keyFormat: KeyFormat = .hex,
        supervisionProfileID: UUID? = nil, model: String? = nil
    ) {
        self.id = id
        self.siteID = siteID
        self.account = account
        self.receiver = receiver
        self.line = line
        self.wireProtocol = wireProtocol
        self.aesKey = aesKey
        self.keyFormat = keyFormat
        self.supervisionProfileID = supervisionProfileID
        self.model = model
    }

    public var parent: EntityReference? { EntityReference(.site, siteID) }
    public var references: [EntityReference] {
        supervisionProfileID.map { [EntityReference(.supervisionProfile, $0)] } ?? []
    }
    /// An account is unique on its receiver and line, as a DC-09 receiver sees it.
    public static let uniqueKeyField = "account"
    public var uniqueKey: String? { "\(receiver ?? "")/\(line ?? "")/\(account.uppercased())" }
    public var label: String { "account \(account)" }
    public var searchText: String { .searchText(account, receiver, line, model) }

    /// The key's bytes, whichever form it was given in; `nil` when none or invalid.
    public var aesKeyBytes: [UInt8]? {
        guard let aesKey, !aesKey.isEmpty else { return nil }
        let bytes: [UInt8]?
        switch keyFormat {
        case .ascii: bytes = Array(aesKey.utf8)
        case .hex: bytes = aesKey.hexBytes
        }
        guard let bytes, [16, 24, 32].contains(bytes.count) else { return nil }
        return bytes
    }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.check(
            (3...16).contains(account.count) && account.allSatisfy(\.isHexDigit),
            "account", .account)
        if let receiver {
            v.check((1...6).contains(receiver.count) && receiver.allSatisfy(\.isHexDigit), "receiver", .hexadecimal(1, 6))
        }
        if let line {
            v.check((1...6).contains(line.count) && line.allSatisfy(\.isHexDigit), "line", .hexadecimal(1, 6))
        }
        if let aesKey, !aesKey.isEmpty, aesKeyBytes == nil {
            switch keyFormat {
            case .hex: v.fail("aesKey", .aesKeyHex)
            case .ascii: v.fail("aesKey", .aesKeyText)
            }
        }
        v.optionalText(model, "model", maxLength: 100)
        try v.throwIfInvalid()
    }
}

extension String {
    /// The bytes of an even-length hexadecimal string, or `nil`.
    public var hexBytes: [UInt8]? {
        let digits = Array(utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = Character(Unicode.Scalar(digits[index])).hexDigitValue,
                let low = Character(Unicode.Scalar(digits[index + 1])).hexDigitValue
            else { return nil }
            bytes.append(UInt8(high << 4 | low))
            index += 2
        }
        return bytes
    }
}
