/// Why a value was refused, as a message key and its parameters that a console renders in its own language
/// (`reason.<key>` in its catalogues), with the English sentence for API clients and logs.
///
/// Parameters are values the person typed or limits, never internal names, so the French text reads whole.
public struct Reason: Sendable, Hashable {
    public var key: String
    public var parameters: [String: String]
    public var english: String

    public init(_ key: String, _ parameters: [String: String] = [:], english: String) {
        self.key = key
        self.parameters = parameters
        self.english = english
    }

    public static let required = Reason("required", english: "is required")
    public static let emptyForStation = Reason("emptyForStation", english: "must be empty for station defaults")
    public static func maximumLength(_ maximum: Int) -> Reason {
        Reason("maximumLength", ["maximum": "\(maximum)"], english: "must be at most \(maximum) characters")
    }
    public static func between(_ minimum: Int, _ maximum: Int) -> Reason {
        Reason("between", ["minimum": "\(minimum)", "maximum": "\(maximum)"], english: "must be between \(minimum) and \(maximum)")
    }
    public static func hexadecimal(_ minimum: Int, _ maximum: Int) -> Reason {
        Reason(
            "hexadecimal", ["minimum": "\(minimum)", "maximum": "\(maximum)"], english: "must be \(minimum) to \(maximum) hexadecimal characters")
    }
    public static func length(_ minimum: Int, _ maximum: Int) -> Reason {
        Reason("length", ["minimum": "\(minimum)", "maximum": "\(maximum)"], english: "must be \(minimum) to \(maximum) characters")
    }
    /// One of a few values an API client sends (a console offers them as choices).
    public static func oneOf(_ values: [String]) -> Reason {
        let list = values.joined(separator: ", ")
        return Reason("oneOf", ["values": list], english: "must be one of \(list)")
    }
    public static let phone = Reason("phone", english: "is not a telephone number (digits, optional leading +, 3 to 15 digits)")
    public static let email = Reason("email", english: "is not an e-mail address")
    public static let timeZone = Reason("timeZone", english: "is not an IANA time zone such as Europe/Paris")
    public static let country = Reason("country", english: "must be an ISO 3166 two-letter code such as FR")
    public static let postalCodeFrance = Reason("postalCodeFrance", english: "must be five digits in France")
    public static let aesKeyHex = Reason("aesKeyHex", english: "must be 32, 48 or 64 hexadecimal digits (AES-128, -192 or -256)")
    public static let aesKeyText = Reason("aesKeyText", english: "must be 16, 24 or 32 characters (AES-128, -192 or -256)")
    public static let weekday = Reason("weekday", english: "must be 1 (Monday) to 7 (Sunday)")
    public static let timeOfDay = Reason("timeOfDay", english: "must be a time HH:MM")
    public static let closesAfterOpens = Reason("closesAfterOpens", english: "must be after opens")
    public static let date = Reason("date", english: "must be a date YYYY-MM-DD")
    public static let supervisionInterval = Reason("supervisionInterval", english: "must be between 10 s and 40 days")
    public static let coordinatesTogether = Reason("coordinatesTogether", english: "latitude and longitude go together")
    public static let onlyForCalls = Reason("onlyForCalls", english: "is only for callback and callContacts steps")
    public static let onlyForCallback = Reason("onlyForCallback", english: "is only for callback steps")
    public static let publicServiceRequired = Reason("publicServiceRequired", english: "is required for a call to a public service")
    public static let onlyForPublicService = Reason("onlyForPublicService", english: "is only for callPublicService steps")
    public static let untilAfterFrom = Reason("untilAfterFrom", english: "must be after validFrom")
    public static let withinAYear = Reason("withinAYear", english: "must be within a year of validFrom")
    public static let phoneRequired = Reason("phoneRequired", english: "at least one number is required")
    public static let duressDiffers = Reason("duressDiffers", english: "must differ from the code word")
    public static let stepRequired = Reason("stepRequired", english: "at least one step is required")
    public static func maximumSteps(_ maximum: Int) -> Reason {
        Reason("maximumSteps", ["maximum": "\(maximum)"], english: "at most \(maximum) steps")
    }
    public static func maximumItems(_ maximum: Int) -> Reason {
        Reason("maximumItems", ["maximum": "\(maximum)"], english: "at most \(maximum) items")
    }
    public static let username = Reason("username", english: "must be 2 to 40 lower-case letters, digits, '.', '-' or '_'")
    public static let account = Reason("account", english: "must be 3 to 16 hexadecimal characters")
    public static let deviceHost = Reason("deviceHost", english: "must be a host name or IP address, with :port when needed (no http://, no path)")
    public static let rtspURL = Reason("rtspURL", english: "must start with rtsp:// or rtsps://")
    public static let snapshotURL = Reason("snapshotURL", english: "must be a path on the device (/snapshot.jpg) or an http:// or https:// URL")
    public static let mailbox = Reason("mailbox", english: "must be 1 to 64 letters, digits, '.', '_', '-' or '+' (the part before @)")
    public static let listedTwice = Reason("listedTwice", english: "lists the same number twice")
    public static let closureCode = Reason("closureCodeFormat", english: "must be 1 to 16 letters A to Z, digits, - or _")
    public static let eventCode = Reason("eventCode", english: "must be 1 to 32 letters, digits or - (a code such as AT, 102 or DISK-LOW)")
    public static let inactiveClosureCode = Reason("inactiveClosureCode", english: "is not an active closure code")
    public static let notThisAlarmsMedium = Reason("notThisAlarmsMedium", english: "names an image or clip that is not this alarm's")
    public static let passwordTooShort = Reason("passwordTooShort", english: "must be at least 10 characters")
    public static let passwordTooLong = Reason("passwordTooLong", english: "must be at most 72 bytes (bcrypt limit)")
    public static let testDuration = Reason("testDuration", english: "minutes or until is required for test mode")
    public static let future = Reason("future", english: "must be in the future")
    public static let noSuchSite = Reason("noSuchSite", english: "names no existing site")
    public static let noActiveUser = Reason("noActiveUser", english: "names no active user")
    public static let notOnShift = Reason("notOnShift", english: "is not an operator on shift")
    public static let skippedReasonRequired = Reason("skippedReasonRequired", english: "is required to skip a step")
    public static let wrongPassword = Reason("wrongPassword", english: "is wrong")
    public static let confirmEveryItem = Reason("confirmEveryItem", english: "every item of the checklist must be confirmed")
    public static let notTakenOver = Reason("notTakenOver", english: "you have not taken over a shift")
    /// The hand-over waits for the alarms the operator still holds, named by their titles in both languages.
    public static func alarmsHeld(_ alarms: [Alarm]) -> Reason {
        let french = alarms.map { $0.wording.fr }.joined(separator: " ; ")
        let english = alarms.map { $0.wording.en }.joined(separator: "; ")
        return Reason(
            "alarmsHeld", ["count": "\(alarms.count)", "titles": french],
            english: "release or transfer the alarms you hold before handing over: " + english)
    }
}
