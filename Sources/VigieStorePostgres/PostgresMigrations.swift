import Foundation
import PostgresNIO
import VigieCore

/// The PostgreSQL schema, one numbered migration per version, applied at start-up and by `vigie migrate`.
///
/// The tables mirror the SQLite store's (see `SQLiteMigrations`), with `logbook_head` added: the one row
/// every logged write locks, so that nodes append to the chain one at a time and never fork it.
enum PostgresMigrations {
    struct Migration {
        var version: Int
        var name: String
        var sql: String

        /// The statements of ``sql``, one per query: the extended protocol runs one statement at a time.
        var statements: [String] {
            sql.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
    }

    static let all: [Migration] = [
        Migration(
            version: 1, name: "v1-configuration-users-logbook",
            sql: """
                CREATE TABLE config_entity (
                    seq BIGSERIAL PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    parent_id TEXT,
                    refs TEXT NOT NULL DEFAULT '',
                    unique_key TEXT,
                    search TEXT NOT NULL,
                    body TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL
                );
                CREATE UNIQUE INDEX config_entity_unique ON config_entity(kind, unique_key) WHERE unique_key IS NOT NULL;
                CREATE INDEX config_entity_parent ON config_entity(parent_id);
                CREATE INDEX config_entity_kind ON config_entity(kind, seq);

                CREATE TABLE vigie_user (
                    id TEXT PRIMARY KEY,
                    username TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    active BOOLEAN NOT NULL,
                    password_hash TEXT NOT NULL,
                    failed_attempts INTEGER NOT NULL DEFAULT 0,
                    locked_until BIGINT,
                    created_at BIGINT NOT NULL
                );

                CREATE TABLE user_session (
                    id_hash TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES vigie_user(id),
                    csrf_token TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    last_seen_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL
                );

                CREATE TABLE logbook (
                    seq BIGINT PRIMARY KEY,
                    at BIGINT NOT NULL,
                    kind TEXT NOT NULL,
                    author_id TEXT,
                    author_name TEXT NOT NULL,
                    site_id TEXT,
                    alarm_id TEXT,
                    summary TEXT NOT NULL,
                    details TEXT NOT NULL,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX logbook_at ON logbook(at);
                CREATE INDEX logbook_site ON logbook(site_id, at);
                CREATE INDEX logbook_alarm ON logbook(alarm_id);
                CREATE INDEX logbook_kind ON logbook(kind, at);
                CREATE FUNCTION logbook_append_only() RETURNS trigger LANGUAGE plpgsql AS
                    $$ BEGIN RAISE EXCEPTION 'the logbook is append-only'; END $$;
                CREATE TRIGGER logbook_append_only BEFORE UPDATE OR DELETE ON logbook
                    FOR EACH ROW EXECUTE FUNCTION logbook_append_only();

                CREATE TABLE logbook_head (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    seq BIGINT NOT NULL,
                    hash TEXT NOT NULL
                );
                INSERT INTO logbook_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));
                """),
        Migration(
            version: 2, name: "v2-signals",
            sql: """
                CREATE TABLE signal (
                    id BIGSERIAL PRIMARY KEY,
                    received_at BIGINT NOT NULL,
                    receiver TEXT NOT NULL,
                    transport TEXT NOT NULL,
                    peer TEXT NOT NULL,
                    raw TEXT NOT NULL,
                    token TEXT,
                    encrypted BOOLEAN NOT NULL,
                    account TEXT,
                    receiver_number TEXT,
                    line TEXT,
                    sequence TEXT,
                    panel_time BIGINT,
                    events TEXT NOT NULL,
                    error TEXT,
                    reply TEXT,
                    transmitter_id TEXT,
                    site_id TEXT,
                    dedupe_key TEXT
                );
                CREATE INDEX signal_received ON signal(received_at);
                CREATE INDEX signal_site ON signal(site_id, received_at) WHERE site_id IS NOT NULL;
                CREATE INDEX signal_account ON signal(account, received_at);
                CREATE INDEX signal_transmitter ON signal(transmitter_id, id) WHERE transmitter_id IS NOT NULL;
                CREATE INDEX signal_dedupe ON signal(dedupe_key, received_at) WHERE dedupe_key IS NOT NULL;

                CREATE TABLE link_contact (
                    transmitter_id TEXT PRIMARY KEY,
                    last_seen_at BIGINT NOT NULL
                );
                """),
        Migration(
            version: 3, name: "v3-alarms",
            sql: """
                CREATE TABLE alarm (
                    id TEXT PRIMARY KEY,
                    site_id TEXT,
                    open BOOLEAN NOT NULL,
                    priority INTEGER NOT NULL,
                    created_at BIGINT NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX alarm_queue ON alarm(open, priority DESC, created_at);
                CREATE INDEX alarm_site ON alarm(site_id, created_at);

                CREATE TABLE alarm_event (
                    signal_id BIGINT NOT NULL,
                    event_index INTEGER NOT NULL,
                    alarm_id TEXT,
                    PRIMARY KEY (signal_id, event_index)
                );
                CREATE INDEX alarm_event_alarm ON alarm_event(alarm_id);

                CREATE TABLE engine_cursor (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    signal_id BIGINT NOT NULL
                );
                INSERT INTO engine_cursor (id, signal_id) VALUES (1, 0);
                """),
        Migration(
            version: 4, name: "v4-leases",
            sql: """
                CREATE TABLE lease (
                    name TEXT PRIMARY KEY,
                    holder TEXT NOT NULL,
                    expires_at BIGINT NOT NULL
                );
                """),
        Migration(
            version: 5, name: "v5-alarm-handling-clock",
            sql: """
                ALTER TABLE alarm ADD COLUMN handling_clock_start BIGINT;
                UPDATE alarm SET handling_clock_start = created_at WHERE open;
                CREATE INDEX alarm_handling_clock ON alarm(handling_clock_start) WHERE handling_clock_start IS NOT NULL;
                """),
        Migration(
            version: 6, name: "v6-media",
            sql: """
                ALTER TABLE signal ADD COLUMN device_id TEXT;
                ALTER TABLE signal ADD COLUMN attachments TEXT;
                ALTER TABLE signal ADD COLUMN verification_url TEXT;
                CREATE TABLE media (
                    id TEXT PRIMARY KEY,
                    signal_id BIGINT,
                    alarm_id TEXT,
                    sha256 TEXT NOT NULL,
                    received_at BIGINT NOT NULL,
                    purged_at BIGINT,
                    body TEXT NOT NULL
                );
                CREATE INDEX media_signal ON media(signal_id) WHERE signal_id IS NOT NULL;
                CREATE INDEX media_alarm ON media(alarm_id) WHERE alarm_id IS NOT NULL;
                CREATE INDEX media_retained ON media(received_at) WHERE purged_at IS NULL;
                CREATE INDEX media_file ON media(sha256);
                """),
    ]
}

extension PostgresStore {
    /// Applies pending migrations, each in its own transaction, under an advisory lock so that nodes starting
    /// together do not both apply one.
    /// - Returns: the names of every applied migration.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await client.withConnection { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(settings.schema)"), logger: logger)
            try await connection.query("SELECT pg_advisory_lock(7247000)", logger: logger)
            do {
                try await connection.query(
                    "CREATE TABLE IF NOT EXISTS vigie_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
                    logger: logger)
                var applied = try await connection.query("SELECT version, name FROM vigie_migration ORDER BY version", logger: logger)
                    .collect().map { try $0.decode((Int, String).self) }
                for migration in PostgresMigrations.all where !applied.contains(where: { $0.0 == migration.version }) {
                    try await connection.query("BEGIN", logger: logger)
                    do {
                        for statement in migration.statements {
                            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                        }
                        try await connection.query(
                            "INSERT INTO vigie_migration (version, name, applied_at) VALUES (\(migration.version), \(migration.name), \(timestamp.millisecondsSince1970))",
                            logger: logger)
                        try await connection.query("COMMIT", logger: logger)
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        throw error
                    }
                    applied.append((migration.version, migration.name))
                    logger.info("migration applied", metadata: ["migration": "\(migration.name)"])
                }
                try await connection.query("SELECT pg_advisory_unlock(7247000)", logger: logger)
                return applied.map(\.1)
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(7247000)", logger: logger)
                throw error
            }
        }
    }
}

extension PostgresStore {
    /// Removes the store's schema and everything in it: for throwaway stores (the ingest benchmark's).
    public func dropSchema() async throws {
        try await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(settings.schema) CASCADE"), logger: logger)
    }
}
