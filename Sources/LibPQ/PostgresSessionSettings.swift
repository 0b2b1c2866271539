/// How piiscan sets up every PostgreSQL session: read-only, bounded in time, UTF-8.
package struct PostgresSessionSettings: Sendable, Equatable {
    /// `default_transaction_read_only=on`: every transaction of the session is read-only.
    package var readOnly = true
    /// `statement_timeout`: the server cancels any statement running longer.
    package var statementTimeoutMilliseconds = 30_000
    /// `lock_timeout`: give up rather than queue behind a writer's lock (so a scan never holds writers up).
    package var lockTimeoutMilliseconds = 2_000
    /// `connect_timeout`, used only when neither the target nor `PGCONNECT_TIMEOUT` sets one.
    package var connectTimeoutSeconds = 10

    package init(
        readOnly: Bool = true, statementTimeoutMilliseconds: Int = 30_000, lockTimeoutMilliseconds: Int = 2_000,
        connectTimeoutSeconds: Int = 10
    ) {
        self.readOnly = readOnly
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        self.lockTimeoutMilliseconds = lockTimeoutMilliseconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
    }

    /// The `-c name=value` settings passed in the `options` startup parameter, after the user's own options so
    /// that ours win.
    var serverOptions: String {
        var settings = [
            "statement_timeout=\(max(0, statementTimeoutMilliseconds))",
            "lock_timeout=\(max(0, lockTimeoutMilliseconds))",
        ]
        if readOnly { settings.insert("default_transaction_read_only=on", at: 0) }
        return settings.map { "-c \($0)" }.joined(separator: " ")
    }
}
