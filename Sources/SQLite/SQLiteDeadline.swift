internal import CSQLite

/// A statement deadline enforced by SQLite's progress handler: every `checkInterval` virtual-machine steps
/// SQLite calls back, and once the deadline has passed the callback returns non-zero, which interrupts the
/// running statement with `SQLITE_INTERRUPT`. SQLite has no statement timeout of its own.
final class SQLiteDeadline {
    /// Virtual-machine instructions between two checks: about a millisecond of work, so a check is cheap.
    static let checkInterval: Int32 = 10_000

    private var deadline: ContinuousClock.Instant?

    /// Installs the handler on `db`; the caller keeps `self` alive for as long as `db` is open.
    func install(on db: OpaquePointer) {
        sqlite3_progress_handler(db, Self.checkInterval, progressCallback, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Statements started from now on are interrupted after `milliseconds`; nil removes the deadline.
    func arm(milliseconds: Int?) {
        deadline = milliseconds.map { ContinuousClock.now.advanced(by: .milliseconds($0)) }
    }

    fileprivate var hasExpired: Bool {
        guard let deadline else { return false }
        return ContinuousClock.now >= deadline
    }
}

/// The C callback: a plain function, since a C function pointer cannot capture context.
private func progressCallback(_ context: UnsafeMutableRawPointer?) -> Int32 {
    guard let context else { return 0 }
    return Unmanaged<SQLiteDeadline>.fromOpaque(context).takeUnretainedValue().hasExpired ? 1 : 0
}
