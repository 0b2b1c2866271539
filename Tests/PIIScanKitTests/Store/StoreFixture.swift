import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// A fresh scan store of either backend: an SQLite file in a temp dir, or a fresh schema on the test PostgreSQL
/// server (selected through `search_path`), removed with the fixture.
final class StoreFixture {
    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres

        var testDescription: String { rawValue }

        /// PostgreSQL only under `Scripts/with-postgres`.
        static var available: [Backend] { PostgresFixture.isAvailable ? [.sqlite, .postgres] : [.sqlite] }
    }

    let location: ScanStore.Location
    private let tree: TempTree
    private let postgres: PostgresFixture?

    init(_ backend: Backend) throws {
        tree = try TempTree(prefix: "piiscan-store")
        switch backend {
        case .sqlite:
            postgres = nil
            location = .sqlite(path: tree.path("data/history.db"))
        case .postgres:
            let fixture = try PostgresFixture()
            postgres = fixture
            location = .postgres(target: "postgres:///postgres?options=-csearch_path%3D\(fixture.schema)")
        }
    }

    func open() throws -> any ScanHistory { try ScanStore.open(location) }

    /// The SQLite file's path (nil for PostgreSQL).
    var sqlitePath: String? {
        if case .sqlite(let path) = location { return path }
        return nil
    }

    static func fileFinding(
        _ path: String, line: Int, value: String, revealed: String? = nil, place: String? = nil
    ) -> Finding {
        Finding(
            type: "email", category: "user.contact.email", detector: "email", confidence: 0.7999999999999999,
            evidence: value, fingerprint: String(repeating: "ab", count: 32), source: .file,
            location: .file(
                FileLocation(
                    path: path, line: line, column: 3, start: 10, end: 30, field: "$.mail", place: place)),
            revealedValue: revealed)
    }

    /// A column verdict with everything a store must keep: sample, truncation, reason, alternatives and the
    /// quasi-identifier flag.
    static let columnFinding = {
        var finding = Finding(
            type: "phone", category: "user.contact.phone_number", detector: "phone_column", confidence: 0.65,
            evidence: "+4*********12", fingerprint: String(repeating: "cd", count: 32), source: .postgres,
            location: .column(
                ColumnLocation(
                    store: "postgres://db:5432/crm", schema: "public", table: "users", column: "profile",
                    rowsSampled: 100, rowsMatched: 40, jsonPath: "$.phone", sample: "whole table", valuesTruncated: 2,
                    reason: "name \"phone\" + 40% of 100 values are phone",
                    alternatives: [ColumnAlternative(type: "email", confidence: 0.35)])))
        finding.quasiIdentifier = true
        return finding
    }()

    static func stamp(_ size: Int) -> FileStamp {
        FileStamp(size: size, modificationTimeNanoseconds: 1_700_000_000_123_456_789, inode: UInt64.max - 3, device: 66)
    }
}
