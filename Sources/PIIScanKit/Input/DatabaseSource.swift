/// A database target (`sqlite:path` or a PostgreSQL URI / conninfo): names itself without credentials and
/// opens read-only sessions. Immutable and shared by the threads that scan its tables.
protocol DatabaseStore: Sendable {
    /// Credential-free locator for reports and errors: `sqlite:path/to.db`, `postgres://host:5432/dbname`.
    var locator: String { get }
    /// `sqlite` or `postgres`.
    var source: SourceKind { get }
    /// Opens one read-only session; failures name the store, never a password.
    func openSession(limits: SampleLimits) throws(DatabaseError) -> any DatabaseSession
}

/// One read-only connection, used by one thread at a time.
protocol DatabaseSession: AnyObject {
    /// The tables (and, when the filter asks, views) to sample, in a deterministic order (schema, table),
    /// each with the columns the filter keeps. The filter is applied in the catalog query itself where the
    /// database allows it, so excluded schemas cost nothing.
    func tables(matching filter: DatabaseFilter) throws(DatabaseError) -> [DatabaseTable]
    /// At most `limits.rows` rows of `table`, drawn so the cost does not grow with the table.
    func sample(_ table: DatabaseTable) throws(DatabaseError) -> TableSample
}

/// What is read from a table: how many rows, how long a value may be, whether binary columns count.
struct SampleLimits: Sendable {
    /// `--sample-rows`.
    var rows = 1000
    /// Longer values are truncated to this many bytes before detection (and counted as truncated).
    var maxValueBytes = 4096
    /// Seeds every random choice of the sample (`--sample-seed`, or drawn afresh for each scan).
    var seed: UInt32 = 0
    /// Read `bytea`/BLOB columns too (`--include-binary`).
    var includeBinary = false
    /// Per-statement timeout (PostgreSQL `statement_timeout`, SQLite progress-handler deadline).
    var statementTimeoutMilliseconds = 30_000
    /// PostgreSQL `lock_timeout`.
    var lockTimeoutMilliseconds = 2_000
}

/// Which schemas, tables and columns to scan: `schema.table.column` globs (a shorter glob matches the
/// prefix: `audit` or `audit.*` excludes a schema, `public.users.*` a table).
struct DatabaseFilter: Sendable {
    var includeGlobs: [String] = []
    var excludeGlobs: [String] = []
    var includeViews = false
}

/// A table, view, materialized view or partitioned parent, with its columns.
struct DatabaseTable: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        case table, view, materializedView = "materialized_view", partitioned
    }

    /// `main` for SQLite.
    var schema: String
    var name: String
    var kind: Kind
    var columns: [DatabaseColumn]
    /// Rows now in the table, estimated from its statistics scaled to its current size (PostgreSQL); nil when
    /// unknown (never analysed, a view, SQLite).
    var estimatedRows: Int?
    /// Pages the table (or all its partitions) holds now, from its file size (PostgreSQL); nil for views and
    /// SQLite.
    var pages: Int?
}

/// One column as the schema walk found it.
struct DatabaseColumn: Sendable, Hashable {
    var name: String
    /// The declared type as the database spells it (`character varying(255)`, `INTEGER`, `jsonb`, `text[]`).
    var declaredType: String
    var typeClass: ColumnTypeClass
    /// `COMMENT ON COLUMN` text (PostgreSQL); nil when there is none.
    var comment: String?
}

/// Sampled values of one table: for each column of `DatabaseTable.columns`, in the same order, the
/// non-null values as bytes (text form, truncated to `SampleLimits.maxValueBytes`), how many of them were cut,
/// and how the rows were drawn.
struct TableSample: Sendable {
    var rowsSampled: Int
    var columns: [[[UInt8]]]
    /// Per column: values longer than `SampleLimits.maxValueBytes`, cut before detection.
    var valuesTruncated: [Int]
    var method: SampleMethod
}

/// A database problem. `message` names the store (and table or column when known), never a password or a
/// sampled value.
struct DatabaseError: Error, Sendable, Equatable, CustomStringConvertible {
    enum Code: String, Sendable, Equatable {
        /// Cannot reach the server or open the file.
        case unreachable
        /// Bad credentials or no CONNECT right.
        case authentication
        /// No SELECT right on a table.
        case permissionDenied = "permission_denied"
        /// `statement_timeout` or `lock_timeout` fired.
        case timeout
        /// The connection dropped mid-scan; the caller reconnects for the remaining tables.
        case connectionLost = "connection_lost"
        /// Not a database, or a malformed file or page (SQLite).
        case corrupt
        /// Any other failure: a query the server refused, an unexpected answer.
        case other
    }

    var code: Code
    var message: String

    var description: String { message }
}
