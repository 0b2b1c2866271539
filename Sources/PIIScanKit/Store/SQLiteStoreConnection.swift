import Foundation
import SQLite

/// A scan store in an SQLite file that piiscan owns: created with owner-only permissions, WAL journal (readers
/// such as `piiscan history` never wait for a running scan), statements cached by their SQL text.
///
/// Every write goes through a transaction, so a process killed at any point leaves the file consistent:
/// SQLite rolls the unfinished transaction back when the file is next opened.
final class SQLiteStoreConnection: StoreConnection {
    let dialect = StoreDialect.sqlite
    let locator: String
    private let connection: SQLiteConnection
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens the store at `path`, creating it (and its directory) when `create` is set.
    init(path: String, create: Bool) throws(StoreError) {
        locator = "sqlite:" + path
        if create { try Self.createFile(path, locator: locator) }
        do {
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError(code: .unreachable, store: locator, message: "no such file")
            }
            connection = try SQLiteConnection.openReadWrite(path: path)
            connection.setBusyTimeout(milliseconds: 10_000)
            try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        } catch let error as SQLiteError {
            throw StoreError(code: .unreachable, store: locator, message: error.description)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code: .unreachable, store: locator, message: "\(error)")
        }
    }

    func execute(_ sql: String) throws(StoreError) {
        do {
            try connection.execute(sql)
        } catch {
            throw failure(error)
        }
    }

    @discardableResult
    func query(_ sql: String, _ parameters: [StoreValue]) throws(StoreError) -> [StoreRow] {
        var rows: [StoreRow] = []
        do {
            try forEach(sql, parameters) { rows.append($0) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code: .failed, store: locator, message: "\(error)")
        }
        return rows
    }

    func forEach(_ sql: String, _ parameters: [StoreValue], _ row: (StoreRow) throws -> Void) throws {
        let statement = try prepared(sql)
        defer { statement.reset() }
        do {
            for (index, value) in parameters.enumerated() {
                let position = Int32(index + 1)
                switch value {
                case .int(let number): try statement.bind(number, at: position)
                case .double(let number): try statement.bind(double: number, at: position)
                case .text(let text): try statement.bind(text, at: position)
                case .null: try statement.bindNull(at: position)
                }
            }
            while try statement.step() {
                try row(StoreRow(values: (0..<statement.columnCount).map { column(statement, $0) }))
            }
        } catch let error as SQLiteError {
            throw failure(error)
        }
    }

    func begin() throws(StoreError) { try execute("BEGIN IMMEDIATE") }

    func commit() throws(StoreError) { try execute("COMMIT") }

    func rollback() { try? connection.execute("ROLLBACK") }

    func claim(run: Int64) throws(StoreError) {}

    func isAlive(_ owner: RunOwner, run: Int64) throws(StoreError) -> Bool { owner.isAliveOnThisHost }

    private func prepared(_ sql: String) throws(StoreError) -> SQLiteStatement {
        if let statement = statements[sql] { return statement }
        do {
            let statement = try connection.prepare(sql)
            statements[sql] = statement
            return statement
        } catch {
            throw failure(error)
        }
    }

    private func column(_ statement: SQLiteStatement, _ index: Int) -> StoreValue {
        switch statement.type(at: index) {
        case .integer: .int(statement.int64(at: index))
        case .float: .double(statement.double(at: index))
        case .null: .null
        case .text, .blob: .text(statement.text(at: index) ?? "")
        }
    }

    private func failure(_ error: SQLiteError) -> StoreError {
        StoreError(code: error.isNotADatabase ? .unreachable : .failed, store: locator, message: error.description)
    }

    /// Creates an empty file with mode 0600 (and missing directories with 0700) before SQLite opens it, so the
    /// store is never readable by others, not even for an instant.
    private static func createFile(_ path: String, locator: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError(code: .unreachable, store: locator, message: "cannot create its directory")
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError(
                code: .unreachable, store: locator,
                message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        close(descriptor)
    }
}
