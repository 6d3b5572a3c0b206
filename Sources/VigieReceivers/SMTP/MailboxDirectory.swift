import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore

/// The camera receivers' view of the customer base: the mailbox a camera e-mail is addressed to, or the path a camera
/// pushes to (`/push/<mailbox>`) → the camera (its ``Device/mailbox``) or the site (its ``Site/reference``, as Immix
/// addresses sites by their "S-number").
///
/// Kept in memory and read again in full when devices or sites change: a station has thousands of cameras at most,
/// read in milliseconds, and a lookup happens for every `RCPT`.
public final class MailboxDirectory: Service, Sendable {
    /// Who a mailbox names.
    public struct Entry: Sendable, Hashable {
        public var siteID: UUID
        /// The camera, when the mailbox is a camera's; `nil` for a site's.
        public var deviceID: UUID?
        public var deviceName: String?
        /// The zone the camera's alarms are attributed to: the first it covers.
        public var zone: Int?
        /// The camera's account, which its HTTP pushes authenticate with (``CameraPushReceiver``); a site has none.
        public var username: String?
        public var password: String?
    }

    /// The kinds whose changes it reads again.
    public static let configurationKinds: Set<EntityKind> = [.device, .site]

    private let store: any Store
    private let entries = Mutex<[String: Entry]>([:])
    private let refreshInterval: Duration
    private let logger: Logger
    private let changes: AsyncStream<Void>
    private let change: AsyncStream<Void>.Continuation

    public init(store: any Store, refreshInterval: Duration = .seconds(60), logger: Logger = Logger(label: "vigie.mailboxes")) {
        self.store = store
        self.refreshInterval = refreshInterval
        self.logger = logger
        (changes, change) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// The camera or site of a mailbox, without case; cameras first.
    public func lookup(mailbox: String) -> Entry? {
        entries.withLock { $0[mailbox.lowercased()] }
    }

    public func reload() async throws {
        var fresh: [String: Entry] = [:]
        for site in try await store.all(Site.self) {
            if let reference = site.reference, !reference.isEmpty { fresh[reference.lowercased()] = Entry(siteID: site.id) }
        }
        for device in try await store.all(Device.self) {
            guard let mailbox = device.mailbox, !mailbox.isEmpty else { continue }
            fresh[mailbox.lowercased()] = Entry(
                siteID: device.siteID, deviceID: device.id, deviceName: device.name, zone: device.zones.first, username: device.username,
                password: device.password)
        }
        entries.withLock { $0 = fresh }
    }

    public func configurationChanged(_ change: ConfigurationChange = .all) {
        guard change.touches(Self.configurationKinds) else { return }
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
                do {
                    try await reload()
                } catch {
                    logger.error("mailbox directory reload failed", metadata: ["error": "\(error)"])
                }
            }
            group.cancelAll()
        }
    }
}
