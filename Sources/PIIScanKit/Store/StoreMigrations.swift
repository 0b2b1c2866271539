import Foundation

/// The store's schema, built and upgraded by numbered migrations kept in the code. `piiscan_schema_version`
/// records each one applied; a store whose version is newer than `latest` is refused (an older piiscan must not
/// write into a schema it does not know).
///
/// Migrations only ever add: a released one is never edited, a change is a new one at the end.
enum StoreMigrations {
    /// Statements per version, with `{id}`, `{int}` and `{real}` for the dialect's types.
    static let all: [(version: Int, sql: String)] = [
        (1, version1), (2, version2), (3, version3), (4, version4), (5, version5), (6, version6),
    ]

    static var latest: Int { all.last!.version }

    /// Brings the store up to `latest` in one transaction that holds the write lock (PostgreSQL: also an
    /// advisory lock, since two scans may start at once on a fresh database).
    static func migrate(_ connection: some StoreConnection) throws {
        try connection.execute(
            """
            CREATE TABLE IF NOT EXISTS piiscan_schema_version (
                version \(connection.dialect.integer) NOT NULL PRIMARY KEY,
                applied_at TEXT NOT NULL
            )
            """)
        try connection.transaction {
            if connection.dialect == .postgres {
                try connection.query(
                    "SELECT pg_advisory_xact_lock(?, 0)", [.int(Int64(PostgresStoreConnection.lockClass))])
            }
            let current = try version(connection)
            guard current <= latest else {
                throw StoreError(
                    code: .newerSchema, store: connection.locator,
                    message: "its schema is version \(current), newer than this piiscan (\(PIIScanVersion.current)) "
                        + "understands (up to \(latest)); upgrade piiscan or use another --store")
            }
            for migration in all where migration.version > current {
                try connection.execute(connection.dialect.render(migration.sql))
                try connection.query(
                    "INSERT INTO piiscan_schema_version (version, applied_at) VALUES (?, ?)",
                    [.int(Int64(migration.version)), .text(StoreTime.string(Date()))])
            }
        }
    }

    /// The highest version applied, 0 for an empty store.
    static func version(_ connection: some StoreConnection) throws(StoreError) -> Int {
        Int(try connection.query("SELECT max(version) FROM piiscan_schema_version", []).first?.int(0) ?? 0)
    }

    /// Runs, their findings, violations and file states (docs/history.md describes every column).
    static let version1 = """
        CREATE TABLE piiscan_runs (
            id {id},
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'incomplete')),
            targets TEXT NOT NULL,
            scope_key TEXT NOT NULL,
            config_fingerprint TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            owner_host TEXT NOT NULL,
            owner_pid {int} NOT NULL,
            owner_start TEXT NOT NULL,
            files_scanned {int} NOT NULL DEFAULT 0,
            bytes_scanned {int} NOT NULL DEFAULT 0,
            files_carried_over {int},
            carried_from_run {int},
            finding_count {int} NOT NULL DEFAULT 0,
            violation_count {int} NOT NULL DEFAULT 0,
            summary TEXT
        );
        CREATE INDEX piiscan_runs_scope ON piiscan_runs (scope_key, config_fingerprint, status, id);
        CREATE TABLE piiscan_findings (
            run_id {int} NOT NULL REFERENCES piiscan_runs (id),
            ordinal {int} NOT NULL,
            type TEXT NOT NULL,
            category TEXT NOT NULL,
            detector TEXT NOT NULL,
            confidence {real} NOT NULL,
            severity TEXT NOT NULL,
            evidence TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            source TEXT NOT NULL,
            path TEXT,
            line_number {int},
            column_number {int},
            start_offset {int},
            end_offset {int},
            field TEXT,
            store TEXT,
            schema_name TEXT,
            table_name TEXT,
            column_name TEXT,
            rows_sampled {int},
            rows_matched {int},
            json_path TEXT,
            PRIMARY KEY (run_id, ordinal)
        );
        CREATE INDEX piiscan_findings_path ON piiscan_findings (run_id, path, ordinal);
        CREATE TABLE piiscan_violations (
            run_id {int} NOT NULL REFERENCES piiscan_runs (id),
            ordinal {int} NOT NULL,
            kind TEXT NOT NULL,
            severity TEXT NOT NULL,
            system TEXT,
            owner TEXT,
            category TEXT,
            locations TEXT NOT NULL,
            finding_count {int} NOT NULL,
            samples TEXT NOT NULL,
            detail TEXT NOT NULL,
            suggestion TEXT NOT NULL,
            PRIMARY KEY (run_id, ordinal)
        );
        CREATE TABLE piiscan_file_states (
            run_id {int} NOT NULL REFERENCES piiscan_runs (id),
            path TEXT NOT NULL,
            size {int} NOT NULL,
            mtime_ns {int} NOT NULL,
            inode {int} NOT NULL,
            device {int} NOT NULL,
            PRIMARY KEY (run_id, path)
        );
        """

    /// Findings carried over by reference: a rescan records where an unchanged file's findings sit in report
    /// order, and which run holds their rows, instead of copying them.
    static let version2 = """
        CREATE TABLE piiscan_carried_findings (
            run_id {int} NOT NULL REFERENCES piiscan_runs (id),
            path TEXT NOT NULL,
            first_ordinal {int} NOT NULL,
            source_run {int} NOT NULL REFERENCES piiscan_runs (id),
            PRIMARY KEY (run_id, path)
        );
        """

    /// A column verdict's explanation: whether it is a quasi-identifier (low severity), the reason in words, the
    /// alternative types as JSON (`[{"confidence":0.45,"type":"phone"}]`), how the table was sampled and how
    /// many of the column's values were cut.
    static let version3 = """
        ALTER TABLE piiscan_findings ADD COLUMN quasi_identifier {int};
        ALTER TABLE piiscan_findings ADD COLUMN reason TEXT;
        ALTER TABLE piiscan_findings ADD COLUMN alternatives TEXT;
        ALTER TABLE piiscan_findings ADD COLUMN sample TEXT;
        ALTER TABLE piiscan_findings ADD COLUMN values_truncated {int};
        """

    /// A finding inside a container: `path` holds the container on disk (so a rescan finds the unit's findings by
    /// its path), and `member_path` the chain below it as a JSON array (`["inner.zip","customers.csv"]`).
    static let version4 = """
        ALTER TABLE piiscan_findings ADD COLUMN member_path TEXT;
        """

    /// Where inside a document a finding sits (`page 3`, `Customers!C7`): `FileLocation.place`.
    static let version5 = """
        ALTER TABLE piiscan_findings ADD COLUMN place TEXT;
        """

    /// Owners' triage decisions (`TriageRecord`), only ever added: the latest on a target holds.
    static let version6 = """
        CREATE TABLE piiscan_triage (
            id {id},
            target_kind TEXT NOT NULL CHECK (target_kind IN ('fingerprint', 'column', 'path', 'violation')),
            target TEXT NOT NULL,
            scope TEXT,
            category TEXT,
            verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'false_positive', 'remediate', 'reopened')),
            reason TEXT,
            owner TEXT,
            due TEXT,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL
        );
        """
}

/// Timestamps in the store: ISO 8601 in UTC with milliseconds, so text order is time order on both backends.
enum StoreTime {
    static func string(_ date: Date) -> String {
        formatter().string(from: date)
    }

    static func date(_ text: String) -> Date? {
        formatter().date(from: text)
    }

    /// A new formatter each time: `ISO8601DateFormatter` is not `Sendable`, and runs are few.
    private static func formatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
