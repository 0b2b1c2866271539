import LibPQ

/// A PostgreSQL server given by `--scratch`, where migrations are applied inside one transaction that is
/// always rolled back: objects land where the migrations put them (`public` by default, so `public.x` finds
/// what `CREATE TABLE x` made), and whatever they create (tables, schemas, extensions) disappears with the
/// rollback, even if the gate fails half-way. Transaction control in the migrations (`BEGIN`, `COMMIT`…) is
/// skipped so the rollback stays in charge, and `CONCURRENTLY` is dropped from index statements (it cannot run
/// in a transaction).
///
/// The catalog read after each statement is limited to columns this transaction created or changed (their
/// `pg_attribute` rows carry its transaction id), so the server's existing tables are context only: their
/// columns are never mistaken for new ones, even when a migration adds a column to one.
final class PostgresScratch: ScratchDatabase {
    let displayName: String
    let source = SourceKind.postgres
    private let connection: PostgresConnection
    private var open = true

    init(target: String) throws(ScratchError) {
        let place = (try? PostgresLocator(target: target).displayForm) ?? "the --scratch server"
        do {
            connection = try PostgresConnection(
                target: target,
                settings: PostgresSessionSettings(
                    readOnly: false, statementTimeoutMilliseconds: 60_000, lockTimeoutMilliseconds: 10_000))
        } catch {
            throw ScratchError(isStatementError: false, message: "cannot connect to \(place): \(error.message)")
        }
        displayName = "\(connection.locator.displayForm) (in a transaction that is rolled back)"
        do {
            try connection.execute("BEGIN")
        } catch {
            discard()
            throw ScratchError(
                isStatementError: false,
                message: "cannot open a transaction on \(connection.locator.displayForm): \(error.message)")
        }
    }

    deinit {
        discard()
    }

    func apply(_ statement: SQLStatement) throws(ScratchError) {
        let words = statement.leadingWords(3)
        let first = words.first ?? ""
        if ["BEGIN", "START", "COMMIT", "END", "ABORT"].contains(first) { return }
        if first == "ROLLBACK" && !words.contains("TO") { return }
        do {
            try connection.execute(statement.textWithoutConcurrently)
        } catch {
            throw ScratchError(isStatementError: connection.isAlive, message: error.description)
        }
    }

    func snapshot() throws(ScratchError) -> SchemaSnapshot {
        let rows: [[String?]]
        do {
            rows = try connection.rows(Self.catalogQuery)
        } catch {
            throw ScratchError(isStatementError: false, message: "cannot read the PostgreSQL catalog: \(error)")
        }
        var snapshot = SchemaSnapshot()
        for row in rows where row.count >= 8 {
            let name = SchemaSnapshot.RelationName(schema: row[0] ?? "", name: row[1] ?? "")
            let column = SchemaSnapshot.Column(
                name: row[3] ?? "", declaredType: row[4] ?? "",
                typeClass: PostgresTypeClass.classify(typeName: row[5] ?? "", category: row[6] ?? ""),
                comment: row[7])
            snapshot.relations[name, default: .init(isView: ["v", "m"].contains(row[2]), columns: [])]
                .columns.append(column)
        }
        return snapshot
    }

    func discard() {
        guard open else { return }
        open = false
        if connection.isAlive { try? connection.execute("ROLLBACK") }
    }

    /// Columns this transaction created or changed, in (schema, table, position) order.
    static let catalogQuery = """
        SELECT n.nspname, c.relname, c.relkind::text, a.attname,
               pg_catalog.format_type(a.atttypid, a.atttypmod), base.typname, base.typcategory::text,
               pg_catalog.col_description(c.oid, a.attnum)
          FROM pg_catalog.pg_class AS c
          JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid
          JOIN pg_catalog.pg_type AS base
            ON base.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
         WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
           AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
           AND a.xmin::text = (pg_catalog.pg_current_xact_id()::text::bigint % 4294967296)::text
         ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attnum
        """
}
