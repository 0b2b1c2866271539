import Foundation
import PIIScanTestSupport
import Testing

/// A scan store for CLI tests on either backend: an SQLite file in the process's scratch space, or a fresh schema
/// on the test PostgreSQL server (`search_path` in the URI), with direct SQL access for checks.
final class StoreCLIFixture {
    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres

        var testDescription: String { rawValue }

        static var available: [Backend] { PostgresFixture.isAvailable ? [.sqlite, .postgres] : [.sqlite] }
    }

    let backend: Backend
    /// The `--store` value.
    let store: String
    private let postgres: PostgresFixture?
    private let sqlitePath: String?

    init(_ backend: Backend, process: PIIScanProcess) throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            sqlitePath = process.scratch.path("store/history.db")
            postgres = nil
            store = "sqlite:" + sqlitePath!
        case .postgres:
            let fixture = try PostgresFixture()
            postgres = fixture
            sqlitePath = nil
            store = "postgres:///postgres?options=-csearch_path%3D\(fixture.schema)"
        }
    }

    /// The first column of the first row of `sql` against the store, as text ("" when there is no row).
    func scalar(_ sql: String) throws -> String {
        if let postgres {
            let qualified = sql.replacingOccurrences(of: "piiscan_", with: "\(postgres.schema).piiscan_")
            return try postgres.rows(qualified).first?.first??.description ?? ""
        }
        return try Self.sqlite3([sqlitePath!, sql]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `PRAGMA integrity_check` for SQLite ("ok"); for PostgreSQL, that every finding and file state belongs to a
    /// recorded run ("ok").
    func integrityCheck() throws -> String {
        if postgres != nil {
            let orphans = try scalar(
                """
                SELECT (SELECT count(*) FROM piiscan_findings f WHERE NOT EXISTS (SELECT 1 FROM piiscan_runs r WHERE r.id = f.run_id))
                     + (SELECT count(*) FROM piiscan_file_states s WHERE NOT EXISTS (SELECT 1 FROM piiscan_runs r WHERE r.id = s.run_id))
                """)
            return orphans == "0" ? "ok" : "orphans: \(orphans)"
        }
        return try scalar("PRAGMA integrity_check")
    }

    /// Runs the `sqlite3` shell with `arguments`; its stdout.
    static func sqlite3(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

extension PIIScanResult {
    /// `history --format json` output: the runs, oldest first.
    func runs() throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]])
    }
}
