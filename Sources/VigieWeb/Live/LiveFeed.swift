import Foundation
import Synchronization
import VigieCore

/// The live feed shared by every console: reads each new logbook entry once, encodes it once, and hands the same
/// bytes to every subscriber's bounded buffer.
///
/// Streams wake it up when the logbook grows (``refresh()``); it reads the store only when the logbook's change
/// count moved, so a hundred consoles cost one read per commit, not a hundred. A console that reconnects after a
/// break resumes from the recent frames it keeps, or from the store when the break was long.
actor LiveFeed {
    /// Entries read from the store per query, which is also the size of the batches handed to subscribers.
    static let page = 100

    private let store: any Store
    /// Batches a subscriber may have waiting before it is cut.
    private let capacity: Int
    /// Frames kept for consoles that reconnect after a short break.
    private let recentLimit: Int
    private var head: Int64?
    private var readGeneration: Int?
    private var refreshing = false
    private var recent: [LiveFrame] = []
    private let subscribers = Mutex<[Int: LiveSubscription]>([:])
    private var nextID = 0
    /// Sessions whose stream was cut for reading too slowly, and when; told on their next connection.
    private var cutSessions: [String: ContinuousClock.Instant] = [:]

    init(store: any Store, capacity: Int = 16, recentLimit: Int = 2000) {
        self.store = store
        self.capacity = capacity
        self.recentLimit = recentLimit
    }

    /// Reads the entries committed since the last read, if any, and hands them to every subscriber.
    func refresh() async throws {
        guard !refreshing else { return }
        refreshing = true
        defer { refreshing = false }
        do {
            try await readNewEntries()
        } catch {
            // Read again on the next wake-up, whatever the change count says then.
            readGeneration = nil
            throw error
        }
    }

    private func readNewEntries() async throws {
        while store.changes.generation != readGeneration {
            readGeneration = store.changes.generation
            guard let after = head else {
                _ = try await currentHead()
                continue
            }
            let entries = try await store.logbook(query: LogbookQuery(afterSequence: after, limit: Self.page)).items
            guard let last = entries.last else { continue }
            publish(try await LiveFrame.frames(of: entries, store: store), through: last.sequence)
            // A full page: there may be more, whatever the change count says.
            if entries.count == Self.page { readGeneration = nil }
        }
    }

    /// Starts a subscription for a console of `session`; frames after its ``LiveSubscription/head`` come in its
    /// batches. Its stream ends when ``LiveSubscription/end()`` is called.
    func subscribe(session: String) async throws -> LiveSubscription {
        try await refresh()
        let id = nextID
        nextID += 1
        let wasCut = cutSessions.removeValue(forKey: session) != nil
        let subscription = LiveSubscription(session: session, head: try await currentHead(), wasCut: wasCut, capacity: capacity) {
            [weak self] in self?.forget(id)
        }
        subscribers.withLock { $0[id] = subscription }
        return subscription
    }

    /// The frames after `cursor` through `last`, from the recent ones when they cover that range, else from the
    /// store (a console back after a long break; `last` beyond what the feed has read).
    func frames(after cursor: Int64, through last: Int64) async throws -> [LiveFrame] {
        guard cursor < last else { return [] }
        if let first = recent.first, first.sequence <= cursor + 1, let head, last <= head {
            return recent.filter { $0.sequence > cursor && $0.sequence <= last }
        }
        var frames: [LiveFrame] = []
        var after = cursor
        while after < last {
            let entries = try await store.logbook(query: LogbookQuery(afterSequence: after, limit: Self.page)).items.filter { $0.sequence <= last }
            guard let last = entries.last else { break }
            frames += try await LiveFrame.frames(of: entries, store: store)
            after = last.sequence
        }
        return frames
    }

    var subscriberCount: Int { subscribers.withLock { $0.count } }

    /// A subscription ended: called from wherever its stream was terminated.
    private nonisolated func forget(_ id: Int) {
        subscribers.withLock { _ = $0.removeValue(forKey: id) }
    }

    private func currentHead() async throws -> Int64 {
        if let head { return head }
        let latest = try await latestSequence()
        // Another call may have set it while this one read.
        if head == nil { head = latest }
        return head ?? latest
    }

    private func latestSequence() async throws -> Int64 {
        try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
    }

    /// Hands one batch to every subscriber; those whose buffer is full are cut and their session remembered.
    private func publish(_ frames: [LiveFrame], through last: Int64) {
        head = last
        recent += frames
        if recent.count > 2 * recentLimit { recent.removeFirst(recent.count - recentLimit) }
        let current = subscribers.withLock { $0 }
        for (id, subscription) in current where !subscription.offer(frames) {
            forget(id)
            remember(cut: subscription.session)
        }
    }

    private func remember(cut session: String) {
        let now = ContinuousClock.now
        if cutSessions.count >= 1000 { cutSessions = cutSessions.filter { now - $0.value < .seconds(600) } }
        cutSessions[session] = now
    }
}
