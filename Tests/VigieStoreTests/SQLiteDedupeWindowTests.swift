import Foundation
import GRDB
import Testing
import VigieCore
import VigieTestSupport

@testable import VigieStoreSQLite

/// The SQLite store recognises retransmissions from memory: rebuilt when it opens, fed only by commits, bounded.
@Suite struct SQLiteDedupeWindowTests {
    private func draft(at date: Date, key: String, raw: String = "frame") -> SignalDraft {
        SignalDraft(receivedAt: date, receiver: "dc09", transport: .tcp, peer: "127.0.0.1:50000", raw: raw, account: "4F21", dedupeKey: key)
    }

    @Test func aRetransmissionIsRecognisedAfterTheStoreReopens() async throws {
        let clock = TestClock()
        let path = try makeTemporaryDirectory("vigie-dedupe").appendingPathComponent("vigie.sqlite").path
        guard case .stored(let id) = try await SQLiteStore(path: path, now: clock.function).ingest([draft(at: clock.now, key: "k")])[0] else {
            Issue.record("not stored")
            return
        }
        clock.advance(by: 30)
        #expect(try await SQLiteStore(path: path, now: clock.function).ingest([draft(at: clock.now, key: "k")]) == [.duplicate(of: id)])
        clock.advance(by: SignalDeduplication.window)
        let later = try SQLiteStore(path: path, now: clock.function)
        #expect(later.dedupe.count == 0, "a store opened an hour later loads nothing older than the window")
        guard case .stored = try await later.ingest([draft(at: clock.now, key: "k")])[0] else {
            Issue.record("the same message an hour later is a new one")
            return
        }
    }

    @Test func aBatchThatFailsLeavesNoKeyBehind() async throws {
        let clock = TestClock()
        let path = try makeTemporaryDirectory("vigie-dedupe").appendingPathComponent("vigie.sqlite").path
        let store = try SQLiteStore(path: path, now: clock.function)
        // A disk-full stand-in: the second insert of the batch fails, so the whole transaction rolls back.
        let saboteur = try DatabaseQueue(path: path)
        try await saboteur.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON signal WHEN NEW.raw = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        await #expect(throws: DatabaseError.self) {
            try await store.ingest([draft(at: clock.now, key: "first"), draft(at: clock.now, key: "second", raw: "refused")])
        }
        try await saboteur.write { db in try db.execute(sql: "DROP TRIGGER refuse") }
        // The panel retries: had the first key been kept, it would be ACKed as a duplicate of a signal never stored.
        guard case .stored = try await store.ingest([draft(at: clock.now, key: "first")])[0] else {
            Issue.record("a retry of an unstored signal was taken for a duplicate")
            return
        }
        #expect(try await store.signals(query: SignalQuery()).total == 1)
    }

    @Test func theWindowKeepsTheNewestEntryOfAKeyAndRespectsItsCapacity() {
        // A clock frozen after every receipt of the test: on the system clock, a loaded machine moves "now" between the
        // lines, and the window with it.
        let window = DedupeWindow(windowMilliseconds: 1000, capacity: 3, clock: TestClock(Date(millisecondsSince1970: 2000)).station)
        window.add([.init(key: "a", signalID: 1, receivedAt: 0), .init(key: "b", signalID: 2, receivedAt: 100)])
        // "a" stored again later: when its first entry leaves the window, the second one stays.
        window.add([.init(key: "a", signalID: 3, receivedAt: 900)])
        window.add([.init(key: "c", signalID: 4, receivedAt: 1050)])
        #expect(window.original(of: "a", receivedAt: 1100) == 3)
        #expect(window.original(of: "b", receivedAt: 1100) == 2)
        #expect(window.original(of: "b", receivedAt: 1200) == nil, "older than the window")
        // Beyond its capacity the oldest leave early.
        window.add([.init(key: "d", signalID: 5, receivedAt: 1060), .init(key: "e", signalID: 6, receivedAt: 1070)])
        #expect(window.count == 3)
        #expect(window.original(of: "b", receivedAt: 1070) == nil)
        #expect(window.original(of: "e", receivedAt: 1070) == 6)
    }

    /// The window is an hour on the monotonic clock, whatever the wall clock does meanwhile.
    @Test func aWallClockStepNeitherShortensNorStretchesTheWindow() {
        let clock = TestClock()
        let window = DedupeWindow(windowMilliseconds: 3_600_000, clock: clock.station)
        window.add([.init(key: "a", signalID: 1, receivedAt: clock.now.millisecondsSince1970)])
        clock.advance(by: 3500)
        clock.stepWall(by: 120)
        #expect(window.original(of: "a", receivedAt: clock.now.millisecondsSince1970) == 1, "a retransmission 58 min later is still one")
        window.add([.init(key: "b", signalID: 2, receivedAt: clock.now.millisecondsSince1970)])
        #expect(window.count == 2, "a step ahead evicts nothing early")
        clock.stepWall(by: -240)
        clock.advance(by: 101)
        #expect(window.original(of: "a", receivedAt: clock.now.millisecondsSince1970) == nil, "an hour and a second later, a new signal")
        #expect(window.original(of: "b", receivedAt: clock.now.millisecondsSince1970) == 2)
    }
}
