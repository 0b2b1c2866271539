import Foundation

/// Recognises database targets on the command line and creates their stores; anything else is a path.
///
/// This is the one place that knows every store type: `sqlite:` → `SQLiteStore`; `postgres://`,
/// `postgresql://`, `postgres:conninfo` and bare conninfo strings (`host=db dbname=crm`) → `PostgresStore`.
enum DatabaseTarget {
    /// The store for `target`, or nil when it is a path. A malformed database target is a usage error whose
    /// message never repeats a password.
    static func store(for target: String) throws(ScanError) -> (any DatabaseStore)? {
        do {
            if let store = try SQLiteStore(target: target) { return store }
            if PostgresStore.accepts(target) || isConninfo(target) { return try PostgresStore(target: target) }
        } catch {
            throw ScanError.usage("'\(Redaction.redactCredentials(in: target))': \(error.message)")
        }
        return nil
    }

    /// `host=db dbname=crm`: a libpq keyword/value string. A path that exists is never taken for one.
    static func isConninfo(_ target: String) -> Bool {
        guard let equals = target.firstIndex(of: "="), !FileManager.default.fileExists(atPath: target) else {
            return false
        }
        let keyword = target[..<equals]
        return !keyword.isEmpty && keyword.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_") }
    }
}
