import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore
import VigieProtocols

/// The receivers' view of configured transmitters: account → transmitter, site and AES key, in memory.
///
/// Decoding needs the key before the frame is even parsed, thousands of times a second: the lookup is a
/// dictionary read under a lock. The directory reloads from the store when configuration changes
/// (``configurationChanged()``) and, as a safety net, every ``refreshInterval``.
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
        var count = 0
    }

    private let store: any Store
    private let index = Mutex(Index())
    private let refreshInterval: Duration
    private let logger: Logger
    private let changes: AsyncStream<Void>
    private let change: AsyncStream<Void>.Continuation

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
        var fresh = Index()
        for transmitter in transmitters {
            let key = transmitter.aesKeyBytes.flatMap(DC09Key.init(bytes:))
            let entry = Entry(
                transmitterID: transmitter.id, siteID: transmitter.siteID, key: key, supervisionProfileID: transmitter.supervisionProfileID)
            let account = transmitter.account.uppercased()
            fresh.exact[Self.key(receiver: transmitter.receiver, line: transmitter.line, account: account)] = entry
            if fresh.byAccount.updateValue(entry, forKey: account) != nil { fresh.ambiguousAccounts.insert(account) }
        }
        for account in fresh.ambiguousAccounts { fresh.byAccount[account] = nil }
        fresh.count = transmitters.count
        index.withLock { $0 = fresh }
    }

    /// Tells the directory that configuration changed; it reloads soon after, off the caller's path.
    public func configurationChanged() {
        change.yield()
    }

    public func run() async throws {
        try await reload()
        await withDiscardingTaskGroup { group in
            group.addTask { [change, refreshInterval] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: refreshInterval)
                    change.yield()
                }
            }
            for await _ in changes.cancelOnGracefulShutdown() {
                do {
                    try await reload()
                } catch {
                    logger.error("account directory reload failed", metadata: ["error": "\(error)"])
                }
            }
            group.cancelAll()
        }
    }

    private static func key(receiver: String?, line: String?, account: String) -> String {
        "\(receiver?.uppercased() ?? "")/\(line?.uppercased() ?? "")/\(account)"
    }
}
