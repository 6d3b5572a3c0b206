import Foundation

/// Everything Vigie keeps, spoken in domain operations rather than SQL.
///
/// Two implementations pass one contract suite: SQLite (embedded, the default) and PostgreSQL (several
/// nodes). Every change is written in one transaction with the logbook entry that records it, and a call
/// returns only once that transaction is durably committed: callers may acknowledge what they were told is stored.
public protocol Store: Sendable {
    /// Whether other nodes may write to this store at the same time (a shared database): this node must then take
    /// the work lease and hear of the others' signals. An embedded store has one node.
    var isSharedByNodes: Bool { get }

    // MARK: Configuration

    /// Validates and stores a new entity, checking its parent, references and unique key.
    /// - Throws: ``ValidationError``, ``StoreError/duplicate(kind:field:value:)``, ``StoreError/missingReference(field:kind:id:)``.
    func create<Entity: ConfigEntity>(_ entity: Entity, by author: Author) async throws -> Revision<Entity>

    /// Replaces an entity; secrets follow ``ConfigEntity/keepingSecrets(of:)``.
    /// - Parameter expectedVersion: when given, the update fails with ``StoreError/versionConflict(expected:actual:)``
    ///   if someone else changed the entity since.
    func update<Entity: ConfigEntity>(_ entity: Entity, expectedVersion: Int?, by author: Author) async throws -> Revision<Entity>

    /// Deletes an entity that has no children.
    /// - Throws: ``StoreError/notFound(kind:id:)``, ``StoreError/hasDependents(kind:count:)``.
    func delete<Entity: ConfigEntity>(_ type: Entity.Type, id: UUID, by author: Author) async throws

    func fetch<Entity: ConfigEntity>(_ type: Entity.Type, id: UUID) async throws -> Revision<Entity>?

    /// A page of entities ordered by creation, filtered by parent and search words.
    func list<Entity: ConfigEntity>(_ type: Entity.Type, query: ListQuery) async throws -> Page<Revision<Entity>>

    /// All entities of a kind, for the caches the alarm path keeps in memory (accounts, procedures).
    func all<Entity: ConfigEntity>(_ type: Entity.Type) async throws -> [Entity]

    /// Creates or replaces many entities (of any kinds, parents before children) in one transaction: all are
    /// written, or none. Each is checked and logged as by ``create(_:by:)`` or ``update(_:expectedVersion:by:)``
    /// (an entity whose id exists replaces it; secrets follow ``ConfigEntity/keepingSecrets(of:)``).
    /// - Throws: ``ImportFailure`` with the index of the first entity refused and why.
    func importConfiguration(_ entities: [any ConfigEntity], by author: Author) async throws -> ImportCounts

    // MARK: Users and sessions

    /// - Throws: ``StoreError/duplicate(kind:field:value:)`` when the username is taken.
    func createUser(_ user: User, passwordHash: String, by author: Author) async throws -> User
    func updateUser(_ user: User, by author: Author) async throws -> User
    func setPassword(userID: UUID, passwordHash: String, by author: Author) async throws
    func user(id: UUID) async throws -> User?
    func credentials(username: String) async throws -> UserCredentials?
    func listUsers(query: ListQuery) async throws -> Page<User>

    /// Counts a failed sign-in of an existing user and locks it until `lockUntil` when given; logged.
    func recordFailedLogin(userID: UUID, lockUntil: Date?, at: Date) async throws
    /// Opens a session after a successful sign-in, resets the failure counter, and logs the sign-in.
    func openSession(_ session: UserSession, for user: User) async throws
    func session(idHash: String) async throws -> UserSession?
    /// Records activity, so idle sessions can expire.
    func touchSession(idHash: String, at: Date) async throws
    /// Ends a session and logs why (`session.logout` or `session.expired`).
    func closeSession(idHash: String, kind: LogbookKind, by author: Author) async throws

    // MARK: Signals

    /// Stores a batch of received signals in one durable transaction (the group commit receivers wait on), with the
    /// index entries of their ``SignalDraft/attachments``.
    ///
    /// A signal whose ``SignalDraft/dedupeKey`` was stored within ``SignalDeduplication/window`` before it, in an
    /// earlier batch or earlier in this one, is not stored again. Signals with a transmitter also record when
    /// that transmitter was last heard from.
    /// - Returns: one outcome per draft, in order; when it returns, every `stored` signal is on disk.
    func ingest(_ drafts: [SignalDraft]) async throws -> [IngestOutcome]
    func signals(query: SignalQuery) async throws -> Page<StoredSignal>
    func signal(id: Int64) async throws -> StoredSignal?
    /// When each transmitter was last heard from.
    func linkContacts() async throws -> [LinkContact]

    // MARK: Alarms

    /// The id of the last signal the alarm engine processed (0 before the first).
    func processedThrough() async throws -> Int64
    /// The alarm each of these processed signals went to (its first event's that raised or joined one); a signal
    /// that went to none, or is not processed yet, is absent.
    func alarmIDs(ofSignals ids: [Int64]) async throws -> [Int64: UUID]
    /// Up to `limit` signals after `id`, oldest first: the engine's feed, which survives restarts.
    func signals(after id: Int64, limit: Int) async throws -> [StoredSignal]
    /// Writes the processing of consecutive signals (alarms, event links, logbook) and moves the cursor past the
    /// last one, in one transaction. Refused (``StoreError/versionConflict(expected:actual:)``) if the first
    /// signal was already processed, so two engines never process one signal twice.
    func record(_ batch: [SignalProcessing]) async throws
    /// Alarms by scope and site, highest priority then oldest first.
    func alarms(query: AlarmQuery) async throws -> Page<Alarm>
    func alarm(id: UUID) async throws -> Alarm?
    /// The stored state of these alarms, in one read (ids not stored are absent): the engine checks every
    /// cached open alarm a batch of signals touches at once, instead of one round trip per signal.
    func alarms(ids: Set<UUID>) async throws -> [UUID: Alarm]
    /// Open alarms whose ``Alarm/handlingClockStart`` is at or before `cutoff`: the only ones the handling
    /// timers may have to act on (a column, not a scan of every open alarm). The timers pass `.distantFuture`,
    /// every running clock, to measure them on the monotonic clock from the moment they start.
    func alarmsWithHandlingClock(startedBy cutoff: Date) async throws -> [Alarm]
    /// Applies a lifecycle command in a transaction with its logbook entry; the command is checked against the
    /// stored state, so two operators cannot both take one alarm, even on two nodes.
    /// - Throws: ``AlarmTransitionError`` when the command is not allowed now, ``StoreError/notFound(kind:id:)``.
    func apply(_ command: AlarmCommand, to alarmID: UUID, by actor: AlarmActor, at date: Date, note: String?) async throws -> Alarm

    /// Changes an alarm inside a write transaction, on its stored state: `change` edits it and returns the
    /// logbook entry that records the change, written in the same transaction.
    /// - Throws: what `change` throws (nothing is written), ``StoreError/notFound(kind:id:)``.
    func updateAlarm(id: UUID, at date: Date, _ change: @Sendable (inout Alarm) throws -> LogbookDraft) async throws -> Alarm

    // MARK: Media

    /// An alarm's images and clips, oldest first: those its signals brought and those fetched for it.
    func media(alarmID: UUID) async throws -> [Medium]
    /// One medium; one brought by a signal has its ``Medium/alarmID`` set to the alarm the signal went to.
    func medium(id: UUID) async throws -> Medium?
    /// Indexes media the station fetched for an alarm (snapshots, clips) with the logbook entry that attaches them,
    /// in one transaction. Media brought by a signal are indexed with the signal (``ingest(_:)``).
    func addMedia(_ media: [Medium], logbook: LogbookDraft) async throws
    /// Media received before `cutoff` whose files are still kept, oldest first: the retention purge's candidates.
    func retainedMedia(receivedBefore cutoff: Date, limit: Int) async throws -> [Medium]
    /// Marks media purged at `date` with the logbook entry that lists them, in one transaction; the index entries
    /// stay, so the trace outlives the images.
    func markMediaPurged(_ ids: [UUID], at date: Date, logbook: LogbookDraft) async throws
    /// Whether a medium not purged still has this file (one image may be evidence of two alarms).
    func isMediaFileRetained(sha256: String) async throws -> Bool

    // MARK: Logbook

    /// Woken after every committed change to the logbook (on any node, for stores shared by several).
    var changes: LiveHub { get }

    /// Appends one entry on its own (manual notes, start-up); changes append theirs in their own transaction.
    @discardableResult
    func appendLogbook(_ draft: LogbookDraft) async throws -> LogbookEntry
    func logbook(query: LogbookQuery) async throws -> Page<LogbookEntry>
    /// Walks the whole chain in order and reports the first broken link.
    func verifyLogbook() async throws -> LogbookVerification

    // MARK: Leases

    /// Takes the lease `name` for `holder` for `duration` from now (the store's clock), or renews it, unless
    /// another holder's lease is still running: the work only one node of a shared store may do (link
    /// supervision, the alarm engine) is done by the holder. Nodes of one store need synchronised clocks (NTP).
    /// - Returns: whether `holder` holds the lease now.
    func acquireLease(_ name: String, holder: String, duration: TimeInterval) async throws -> Bool
    /// Gives the lease up if `holder` holds it, so that another node takes over at once.
    func releaseLease(_ name: String, holder: String) async throws
}
