/// Which datagrams the UDP receiver takes while earlier ones wait for their commit.
///
/// A UDP flood costs memory in proportion to the frames in flight, so they are capped; and frames of accounts
/// the station does not know (or that fail to decode) may hold only half of the cap, so that a flood of random
/// accounts leaves room for the station's own panels.
struct DatagramAdmission: Sendable, Equatable {
    /// The most frames in flight.
    var capacity: Int

    /// The most frames in flight from unknown accounts or refused.
    var unknownCapacity: Int { max(1, capacity / 2) }

    /// Whether one more frame may be taken, given those in flight (all, and those of unknown accounts).
    func admits(known: Bool, inFlight: Int, unknownInFlight: Int) -> Bool {
        inFlight < capacity && (known || unknownInFlight < unknownCapacity)
    }
}
