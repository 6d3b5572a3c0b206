import GRDB

/// The SQLite schema, one named migration per version; applied at start-up and by `vigie migrate`.
///
/// Configuration entities share one table (kind, parent, unique key, search text, JSON body) so that one
/// code path serves every kind; signals, alarms and the logbook get tables shaped for their queries.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-configuration-users-logbook") { db in
            try db.execute(sql: """
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
        return migrator
    }
}
