import Foundation

/// Why a CSV file, line or cell cannot be imported, as message keys an administrator's console renders in its
/// language (`reason.<key>`), beside the English words the command line and the API show.
extension Reason {
    /// What a reference cell names: a customer, a site or a supervision profile.
    public enum ReferencedKind: String, Sendable {
        case customer, site, supervisionProfile

        var english: String {
            switch self {
            case .customer: "customer id or reference"
            case .site: "site id or reference"
            case .supervisionProfile: "supervision profile id or name"
            }
        }
    }

    public static let wholeNumber = Reason("wholeNumber", english: "must be a whole number")
    public static let number = Reason("number", english: "must be a number")
    public static let yesOrNo = Reason("yesOrNo", english: "must be true or false (oui or non)")
    public static let dateTimeCell = Reason("dateTimeCell", english: "must be a date and time such as 2026-12-01T08:00:00Z")
    public static let phonePairs = Reason("phonePairs", english: "is required: label: number pairs separated by ;")
    public static let siteModeCell = Reason("siteModeCell", english: "must be normal, outOfService or \"test until 2026-12-01T08:00:00Z\"")
    public static let emptyFile = Reason("emptyFile", english: "the file is empty: a header line is required")
    public static let unclosedQuote = Reason("unclosedQuote", english: "a quoted cell is not closed")
    public static let vigieID = Reason("vigieID", english: "must be a Vigie id or empty (your own codes go in the reference column)")
    public static let columnTwice = Reason("columnTwice", english: "appears twice")
    public static let requiredColumn = Reason("requiredColumn", english: "is a required column")
    public static let zoneList = Reason("zoneList", english: "must be zone numbers separated by spaces")
    public static let presetPairs = Reason("presetPairs", english: "must be number: name pairs separated by ;")

    public static func unknownReference(_ value: String, _ kind: ReferencedKind) -> Reason {
        Reason("unknownReference.\(kind.rawValue)", ["value": value], english: "\"\(value)\" is no known \(kind.english)")
    }

    public static func fileName(_ names: String) -> Reason {
        Reason("fileName", ["names": names], english: "the file name must start with one of \(names)")
    }

    public static func cellCount(_ cells: Int, header: Int) -> Reason {
        Reason("cellCount", ["cells": "\(cells)", "header": "\(header)"], english: "has \(cells) cells but the header has \(header)")
    }

    public static func sameItemAsLine(_ line: Int, kind: String) -> Reason {
        Reason("sameItemAsLine", ["line": "\(line)"], english: "describes the same \(kind) as line \(line)")
    }

    public static func valueAlreadyUsed(_ value: String, kind: String) -> Reason {
        Reason("valueAlreadyUsed", ["value": value], english: "\(value) is already used by another \(kind)")
    }

    public static func unknownColumn(_ file: String, known: String) -> Reason {
        Reason("unknownColumn", ["known": known], english: "is not a column of \(file) (\(known))")
    }
}
