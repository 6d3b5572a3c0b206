import Foundation
import VigieCore

/// What a synthetic link signal needs to know about a transmitter: kept per transmitter in memory, small,
/// so that a million of them cost tens of megabytes rather than whole ``Transmitter`` values.
struct LinkTarget: Sendable, Hashable {
    var siteID: UUID
    var account: String
    var profileID: UUID?

    init(_ transmitter: Transmitter) {
        siteID = transmitter.siteID
        account = transmitter.account
        profileID = transmitter.supervisionProfileID
    }
}
