import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore
import VigieProtocols

/// The receivers' view of configured transmitters: account → transmitter, site and AES key, in memory.
///
/// Decoding needs the key before the frame is even parsed, thousands of times a second: the lookup is a
/// dictionary read under a lock. When transmitters change (``configurationChanged(_:)``) the directory reads
/// those transmitters only and rebuilds its maps in memory; it reads them all at start, after a large change (an
/// import), and, as a safety net, every ``refreshInterval``.
public final class AccountDirectory: Service, Sendable {
    /// What the receivers need to know about one transmitter.
    public struct Entry: Sendable, Hashable {
        public var transmitterID: UUID
        public var siteID: UUID
        public var key: DC09Key?
        public var supervisionProfileID: UUID?
    }

    struct Index {
        /// Exact match on receiver, line and account (upper-cased).
        var exact: [String: Entry] = [:]
        /// Account alone, for panels that omit `R` or `L`; only accounts that are unique station-wide.
        var byAccount: [String: Entry] = [:]
        var ambiguousAccounts: Set<String> = []
        /// Every transmitter, from which the maps are built.
        var transmitters: [UUID: Transmitter] = [:]
        var count: Int { transmitters.count }

        init(transmitters: [UUID: Transmitter] = [:]) {
            self.transmitters = transmitters
            for transmitter in transmitters.values {
                let key = transmitter.aesKeyBytes.flatMap(DC09Key.init(bytes:))
                let entry = Entry(
                    transmitterID: transmitter.id, siteID: transmitter.siteID, key: key, supervisionProfileID: transmitter.supervisionProfileID)
                let account = transmitter.account.uppercased()
                exact[AccountDirectory.key(receiver: transmitter.receiver, line: transmitter.line, account: account)] = entry
                if byAccount.updateValue(entry, forKey: account) != nil { ambiguousAccounts.insert(account) }
            }
            for account in ambiguousAccounts { byAccount[account] = nil }
        }
    }

    /// Beyond this many transmitters changed at once, the directory reads them all rather than one by one.
    static let largestIncrementalChange = 500

    private let store: any Store
    private let index = Mutex(Index())
    private let refreshInterval: Duration
    private let logger: Logger
    private let changes: AsyncStream<Void>
    private let change: AsyncStream<Void>.Continuation
    /// What changed since the last update.
    private let pending = Mutex(ConfigurationChange())

    public init(store: any Store, refreshInterval: Duration = .seconds(60), logger: Logger = Logger(label: "vigie.accounts")) {
        self.store = store
        self.refreshInterval = refreshInterval
        self.logger = logger
        (changes, change) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// The transmitter a frame comes from, by exact receiver/line/account, else by the account alone.
    public func lookup(account: String, receiver: String?, line: String?) -> Entry? {
        let account = account.uppercased()
        return index.withLock { index in
            index.exact[Self.key(receiver: receiver, line: line, account: account)] ?? index.byAccount[account]
        }
    }

    /// Whether some transmitter has this account, on whatever receiver and line: a cheap first look at a datagram.
    public func knows(account: String) -> Bool {
        let account = account.uppercased()
        return index.withLock { $0.byAccount[account] != nil || $0.ambiguousAccounts.contains(account) }
    }

    /// The decoding profile (AES key) of an account, for ``DC09DecodingOptions/accountProfile``.
    public func profile(_ query: DC09AccountQuery) -> DC09AccountProfile? {
        lookup(account: query.account, receiver: query.receiver, line: query.line).map { DC09AccountProfile(key: $0.key) }
    }

    public var count: Int { index.withLock { $0.count } }

    /// Reloads every transmitter from the store.
    public func reload() async throws {
        let transmitters = try await store.all(Transmitter.self)
        let fresh = Index(transmitters: Dictionary(transmitters.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last }))
        index.withLock { $0 = fresh }
    }

    /// Reads the transmitters of `ids` only (a deleted one is gone), and rebuilds the maps in memory.
    func update(_ ids: Set<UUID>) async throws {
        var changed: [UUID: Transmitter?] = [:]
        for id in ids {
            // `nil` when it was deleted: kept as such, so that it is removed below.
            let transmitter = try await store.fetch(Transmitter.self, id: id)?.entity
            changed.updateValue(transmitter, forKey: id)
        }
        var transmitters = index.withLock { $0.transmitters }
        for (id, transmitter) in changed { transmitters[id] = transmitter }
        let fresh = Index(transmitters: transmitters)
        index.withLock { $0 = fresh }
    }

    /// Tells the directory what configuration changed; it updates soon after, off the caller's path, if
    /// transmitters changed.
    public func configurationChanged(_ change: ConfigurationChange = .all) {
        guard change.touches([.transmitter]) else { return }
        pending.withLock { $0.merge(change) }
        self.change.yield()
    }

    public func run() async throws {
        try await reload()
        await withDiscardingTaskGroup { group in
            group.addTask { [refreshInterval] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: refreshInterval)
                    self.configurationChanged(.all)
                }
            }
            for await _ in changes.cancelOnGracefulShutdown() {
                let change = pending.withLock { $0.drain() }
                do {
                    let ids = change.ids[.transmitter] ?? []
                    if change.everything || ids.count > Self.largestIncrementalChange {
                        try await reload()
                    } else if !ids.isEmpty {
                        try await update(ids)
                    }
                } catch {
                    // Read again in full next time: the change must not be lost with the failed read.
                    pending.withLock { $0.everything = true }
                    logger.error("account directory reload failed", metadata: ["error": "\(error)"])
                }
            }
            group.cancelAll()
        }
    }

    fileprivate static func key(receiver: String?, line: String?, account: String) -> String {
        "\(receiver?.uppercased() ?? "")/\(line?.uppercased() ?? "")/\(account)"
    }
}
