import GRDB

/// The SQLite schema, one named migration per version; applied at start-up and by `vigie migrate`.
///
/// Configuration entities share one table (kind, parent, unique key, search text, JSON body) so that one
/// code path serves every kind; signals, alarms and the logbook get tables shaped for their queries.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-configuration-users-logbook") { db in
            try db.execute(
                sql: """
                    CREATE TABLE config_entity (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL UNIQUE,
                        kind TEXT NOT NULL,
                        parent_id TEXT,
                        refs TEXT NOT NULL DEFAULT '',
                        unique_key TEXT,
                        search TEXT NOT NULL,
                        body TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        created_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL
                    );
                    CREATE UNIQUE INDEX config_entity_unique ON config_entity(kind, unique_key) WHERE unique_key IS NOT NULL;
                    CREATE INDEX config_entity_parent ON config_entity(parent_id);
                    CREATE INDEX config_entity_kind ON config_entity(kind, seq);

                    CREATE TABLE user (
                        id TEXT PRIMARY KEY,
                        username TEXT NOT NULL UNIQUE,
                        display_name TEXT NOT NULL,
                        role TEXT NOT NULL,
                        active INTEGER NOT NULL,
                        password_hash TEXT NOT NULL,
                        failed_attempts INTEGER NOT NULL DEFAULT 0,
                        locked_until INTEGER,
                        created_at INTEGER NOT NULL
                    );

                    CREATE TABLE user_session (
                        id_hash TEXT PRIMARY KEY,
                        user_id TEXT NOT NULL REFERENCES user(id),
                        csrf_token TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        last_seen_at INTEGER NOT NULL,
                        expires_at INTEGER NOT NULL
                    );

                    CREATE TABLE logbook (
                        seq INTEGER PRIMARY KEY,
                        at INTEGER NOT NULL,
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
                    CREATE TRIGGER logbook_append_only_update BEFORE UPDATE ON logbook
                        BEGIN SELECT RAISE(ABORT, 'the logbook is append-only'); END;
                    CREATE TRIGGER logbook_append_only_delete BEFORE DELETE ON logbook
                        BEGIN SELECT RAISE(ABORT, 'the logbook is append-only'); END;
                    """)
        }
        migrator.registerMigration("v2-signals") { db in
            try db.execute(
                sql: """
                    CREATE TABLE signal (
                        id INTEGER PRIMARY KEY,
                        received_at INTEGER NOT NULL,
                        receiver TEXT NOT NULL,
                        transport TEXT NOT NULL,
                        peer TEXT NOT NULL,
                        raw TEXT NOT NULL,
                        token TEXT,
                        encrypted INTEGER NOT NULL,
                        account TEXT,
                        receiver_number TEXT,
                        line TEXT,
                        sequence TEXT,
                        panel_time INTEGER,
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
                    CREATE INDEX signal_dedupe ON signal(dedupe_key, received_at) WHERE dedupe_key IS NOT NULL;

                    CREATE TABLE link_contact (
                        transmitter_id TEXT PRIMARY KEY,
                        last_seen_at INTEGER NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v3-alarms") { db in
            try db.execute(
                sql: """
                    CREATE TABLE alarm (
                        id TEXT PRIMARY KEY,
                        site_id TEXT,
                        open INTEGER NOT NULL,
                        priority INTEGER NOT NULL,
                        created_at INTEGER NOT NULL,
                        body TEXT NOT NULL
                    );
                    CREATE INDEX alarm_queue ON alarm(open, priority DESC, created_at);
                    CREATE INDEX alarm_site ON alarm(site_id, created_at);

                    CREATE TABLE alarm_event (
                        signal_id INTEGER NOT NULL,
                        event_index INTEGER NOT NULL,
                        alarm_id TEXT,
                        PRIMARY KEY (signal_id, event_index)
                    );
                    CREATE INDEX alarm_event_alarm ON alarm_event(alarm_id);

                    CREATE TABLE engine_cursor (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        signal_id INTEGER NOT NULL
                    );
                    INSERT INTO engine_cursor (id, signal_id) VALUES (1, 0);
                    """)
        }
        migrator.registerMigration("v4-leases") { db in
            try db.execute(
                sql: """
                    CREATE TABLE lease (
                        name TEXT PRIMARY KEY,
                        holder TEXT NOT NULL,
                        expires_at INTEGER NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v5-alarm-handling-clock") { db in
            // Alarms stored before: every open one is a candidate until its next write sets the exact start
            // (a creation time is never later than the true start, so none is missed).
            try db.execute(
                sql: """
                    ALTER TABLE alarm ADD COLUMN handling_clock_start INTEGER;
                    UPDATE alarm SET handling_clock_start = created_at WHERE open = 1;
                    CREATE INDEX alarm_handling_clock ON alarm(handling_clock_start) WHERE handling_clock_start IS NOT NULL;
                    """)
        }
        migrator.registerMigration("v6-dedupe-in-memory") { db in
            // Retransmissions are now recognised by the store's in-memory window (DedupeWindow), rebuilt at start-up
            // from the received_at index; the index on the keys only slowed every commit.
            try db.execute(sql: "DROP INDEX signal_dedupe")
        }
        migrator.registerMigration("v7-media") { db in
            // The media index: one row per image or clip, its body the JSON of a `Medium`. The files are in the media
            // library, named by their SHA-256.
            try db.execute(
                sql: """
                    ALTER TABLE signal ADD COLUMN device_id TEXT;
                    ALTER TABLE signal ADD COLUMN attachments TEXT;
                    ALTER TABLE signal ADD COLUMN verification_url TEXT;
                    CREATE TABLE media (
                        id TEXT PRIMARY KEY,
                        signal_id INTEGER,
                        alarm_id TEXT,
                        sha256 TEXT NOT NULL,
                        received_at INTEGER NOT NULL,
                        purged_at INTEGER,
                        body TEXT NOT NULL
                    );
                    CREATE INDEX media_signal ON media(signal_id) WHERE signal_id IS NOT NULL;
                    CREATE INDEX media_alarm ON media(alarm_id) WHERE alarm_id IS NOT NULL;
                    CREATE INDEX media_retained ON media(received_at) WHERE purged_at IS NULL;
                    CREATE INDEX media_file ON media(sha256);
                    """)
        }
        return migrator
    }
}
