import Foundation
import VigieCore

/// Link supervision (EN 50136-1) as a pure state machine: who must be heard from by when, and which links
/// were lost or came back. No I/O and no clock of its own: every method takes the time, so tests drive it
/// with a controllable clock and ``LinkSupervisionService`` with the station's.
///
/// Deadlines run on the monotonic clock, anchored at each contact, so a step of the wall clock neither
/// declares links lost early nor delays a real loss (DESIGN invariant 9). Each slot also keeps its wall-clock
/// offset at its last contact, to tell the record when it was last heard and when its deadline fell.
///
/// Built for a million transmitters: each is a slot (an `Int32`) in parallel arrays of plain integers, and
/// deadlines sit in a ``DeadlineHeap``, so ``heard(_:at:)`` is a dictionary lookup and a few stores, and
/// ``expire(now:)`` touches only the links that are due. Traffic does not touch the heap: a slot keeps one
/// scheduled entry, which moves to the real deadline when it comes up early. Entries made obsolete by a
/// configuration change are skipped by generation number (lazy deletion) and swept when they pile up.
public struct LinkSupervisor: Sendable {
    /// What the supervisor knows of one transmitter's link.
    public enum Status: Sendable, Hashable {
        /// Known but not supervised (no profile).
        case unsupervised
        /// Heard in time; lost unless heard again before `deadline`.
        case up(deadline: Date)
        /// Lost at `since` (the deadline that passed) and not heard since.
        case lost(since: Date)
    }

    private enum State: UInt8 {
        case free, unsupervised, up, lost
    }

    private var slots: [UUID: Int32] = [:]
    private var transmitterIDs: [UUID] = []
    private var states: [State] = []
    /// Interval plus grace per slot, in milliseconds.
    private var windows: [Int64] = []
    private var lastHeard: [Int64] = []
    /// The real deadline (last contact plus window); the slot's heap entry may be earlier, never later.
    private var deadlines: [Int64] = []
    /// Wall-clock minus monotonic milliseconds at the last contact: the slot's times as the record tells them.
    private var wallOffsets: [Int64] = []
    private var generations: [UInt32] = []
    private var freeSlots: [Int32] = []
    private var heap = DeadlineHeap()
    /// Slots that are up, each with exactly one live heap entry.
    private var upCount = 0

    /// - Parameter expectedTransmitters: reserves room up front, so loading a large station does not regrow arrays.
    public init(expectedTransmitters: Int = 0) {
        slots.reserveCapacity(expectedTransmitters)
        transmitterIDs.reserveCapacity(expectedTransmitters)
        states.reserveCapacity(expectedTransmitters)
        windows.reserveCapacity(expectedTransmitters)
        lastHeard.reserveCapacity(expectedTransmitters)
        deadlines.reserveCapacity(expectedTransmitters)
        wallOffsets.reserveCapacity(expectedTransmitters)
        generations.reserveCapacity(expectedTransmitters)
        heap.reserveCapacity(expectedTransmitters)
    }

    /// Transmitters known, supervised or not.
    public var count: Int { slots.count }
    /// Supervised transmitters whose link is up.
    public var upLinks: Int { upCount }
    /// The earliest time ``expire(now:)`` may have something to report; `nil` when nothing is supervised.
    /// Exact after ``expire(now:)``; traffic since can make it early, never late.
    public var nextDeadline: MonotonicInstant? { heap.first.map { MonotonicInstant(sinceOrigin: .milliseconds($0.deadline)) } }

    public func status(of transmitterID: UUID) -> Status? {
        guard let slot = slots[transmitterID].map(Int.init) else { return nil }
        switch states[slot] {
        case .free: return nil
        case .unsupervised: return .unsupervised
        case .up: return .up(deadline: wall(deadlines[slot], of: slot))
        case .lost: return .lost(since: wall(deadlines[slot], of: slot))
        }
    }

    /// Starts supervising a transmitter, changes its window, or stops supervising it (`window` `nil`).
    ///
    /// A known transmitter keeps its last contact and its state: a new window moves its deadline (a lost link
    /// stays lost until heard), and an unchanged one costs nothing, so reloading a whole station is cheap.
    /// A link whose supervision starts (new, or unsupervised until now) counts from its last contact or
    /// `since`, whichever is later: supervision is never retroactive.
    /// - Parameter since: when supervision starts; for a transmitter not known yet, its last contact if any.
    public mutating func configure(_ transmitterID: UUID, window: SupervisionWindow?, since: StationInstant) {
        let slot = slot(for: transmitterID, since: since)
        guard let window else {
            if states[slot] == .up { unschedule(slot) }
            states[slot] = .unsupervised
            return
        }
        let milliseconds = window.milliseconds
        guard states[slot] == .unsupervised || windows[slot] != milliseconds else { return }
        windows[slot] = milliseconds
        switch states[slot] {
        case .lost: return
        case .up: unschedule(slot)
        case .free, .unsupervised: if since.monotonic.sinceOrigin.milliseconds > lastHeard[slot] { contact(slot, at: since) }
        }
        deadlines[slot] = lastHeard[slot] &+ milliseconds
        states[slot] = .up
        schedule(slot)
    }

    /// Forgets a transmitter (deleted from the configuration); its slot is reused.
    public mutating func remove(_ transmitterID: UUID) {
        guard let slot = slots.removeValue(forKey: transmitterID).map(Int.init) else { return }
        if states[slot] == .up { unschedule(slot) }
        states[slot] = .free
        freeSlots.append(Int32(slot))
    }

    /// Records traffic from a transmitter: its deadline moves to `at` plus its window, on the monotonic clock.
    ///
    /// Traffic older than the last contact changes nothing. An unknown transmitter is ignored.
    /// - Returns: ``LinkChange/Kind/restored`` when the link was lost.
    public mutating func heard(_ transmitterID: UUID, at: StationInstant) -> LinkChange? {
        guard let slot = slots[transmitterID].map(Int.init) else { return nil }
        let previous = wall(lastHeard[slot], of: slot)
        guard at.monotonic.sinceOrigin.milliseconds > lastHeard[slot] else { return nil }
        contact(slot, at: at)
        deadlines[slot] = lastHeard[slot] &+ windows[slot]
        guard states[slot] == .lost else { return nil }
        states[slot] = .up
        schedule(slot)
        return LinkChange(transmitterID: transmitterID, kind: .restored, at: at.wall, lastHeardAt: previous)
    }

    /// Declares lost every link whose deadline is at or before `now` on the monotonic clock.
    ///
    /// It also settles the head of the heap, so that afterwards ``nextDeadline`` is a real deadline: a station
    /// whose links all poll in time then sleeps a whole tick instead of waking for entries traffic made obsolete.
    /// - Returns: the lost links in deadline order.
    public mutating func expire(now: MonotonicInstant) -> [LinkChange] {
        let now = now.sinceOrigin.milliseconds
        var changes: [LinkChange] = []
        while let entry = heap.first {
            let slot = Int(entry.slot)
            if generations[slot] != entry.generation || states[slot] != .up {
                _ = heap.popFirst()
            } else if deadlines[slot] > entry.deadline {
                // Heard since it was scheduled: move its one entry to the real deadline (maybe due too, in order).
                heap.replaceFirst(with: .init(deadline: deadlines[slot], slot: entry.slot, generation: entry.generation))
            } else if entry.deadline <= now {
                _ = heap.popFirst()
                states[slot] = .lost
                upCount -= 1
                changes.append(
                    LinkChange(
                        transmitterID: transmitterIDs[slot], kind: .lost, at: wall(deadlines[slot], of: slot),
                        lastHeardAt: wall(lastHeard[slot], of: slot)))
            } else {
                break
            }
        }
        return changes
    }

    /// The slot of a transmitter, taken from the free list or appended when it is new.
    private mutating func slot(for transmitterID: UUID, since: StationInstant) -> Int {
        if let slot = slots[transmitterID] { return Int(slot) }
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = Int(free)
            transmitterIDs[slot] = transmitterID
            states[slot] = .unsupervised
            windows[slot] = 0
            deadlines[slot] = .max
        } else {
            slot = transmitterIDs.count
            precondition(slot < Int(Int32.max), "link supervisor full")
            transmitterIDs.append(transmitterID)
            states.append(.unsupervised)
            windows.append(0)
            lastHeard.append(0)
            wallOffsets.append(0)
            deadlines.append(.max)
            generations.append(0)
        }
        contact(slot, at: since)
        slots[transmitterID] = Int32(slot)
        return slot
    }

    /// Makes `time` the slot's last contact, on both clocks.
    private mutating func contact(_ slot: Int, at time: StationInstant) {
        lastHeard[slot] = time.monotonic.sinceOrigin.milliseconds
        wallOffsets[slot] = time.wall.millisecondsSince1970 &- lastHeard[slot]
    }

    /// A monotonic time of the slot's as the wall clock read at its last contact would tell it.
    private func wall(_ milliseconds: Int64, of slot: Int) -> Date {
        Date(millisecondsSince1970: milliseconds &+ wallOffsets[slot])
    }

    /// Gives an up slot its one live heap entry, at its real deadline.
    private mutating func schedule(_ slot: Int) {
        generations[slot] &+= 1
        upCount += 1
        heap.push(.init(deadline: deadlines[slot], slot: Int32(slot), generation: generations[slot]))
    }

    /// Makes the slot's live entry stale, and sweeps the heap once stale entries outnumber live ones.
    private mutating func unschedule(_ slot: Int) {
        generations[slot] &+= 1
        upCount -= 1
        guard heap.count > 2 * upCount + 1024 else { return }
        heap.rebuild { [generations, states] entry in
            generations[Int(entry.slot)] == entry.generation && states[Int(entry.slot)] == .up
        }
    }
}
