/// The one catalog query of a PostgreSQL schema walk, its parameters, and how its rows become tables.
///
/// One row per column of every kept relation, in (schema, table, column position) order, with the relation's
/// size now: its pages (from the file size, so a never-analysed table has one too) and, when it was ever
/// analysed or vacuumed, its rows (`reltuples / relpages` scaled to the current pages, as the planner does).
/// Left out: system
/// schemas (`pg_*`, `information_schema`), partitions (their parent is sampled instead) and materialized views
/// never refreshed (no data to read). The `schema.table.column` globs arrive as regular expressions in array
/// parameters, so nothing from the user is ever spliced into SQL.
enum PostgresCatalogQuery {
    static let sql = """
        SELECT n.nspname, c.relname, c.relkind::text,
               CASE WHEN c.relkind = 'p' THEN
                   (SELECT CASE WHEN bool_and(leaf.relpages > 0 AND leaf.reltuples >= 0) THEN
                               sum(leaf.reltuples / leaf.relpages * pg_catalog.pg_relation_size(leaf.oid) / bs.size)
                           END
                      FROM pg_catalog.pg_partition_tree(c.oid) AS tree
                      JOIN pg_catalog.pg_class AS leaf ON leaf.oid = tree.relid
                     WHERE tree.isleaf)
               WHEN c.relkind <> 'v' AND c.relpages > 0 AND c.reltuples >= 0 THEN
                   c.reltuples / c.relpages * pg_catalog.pg_relation_size(c.oid) / bs.size
               END::float8,
               a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), base.typname,
               base.typcategory::text, d.description,
               CASE WHEN c.relkind = 'p' THEN
                   (SELECT sum(pg_catalog.pg_relation_size(tree.relid)) / bs.size
                      FROM pg_catalog.pg_partition_tree(c.oid) AS tree WHERE tree.isleaf)
               WHEN c.relkind <> 'v' THEN pg_catalog.pg_relation_size(c.oid) / bs.size
               END::float8
          FROM (SELECT pg_catalog.current_setting('block_size')::float8 AS size) AS bs
          CROSS JOIN pg_catalog.pg_class AS c
          JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
          JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid
          JOIN pg_catalog.pg_type AS base
            ON base.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
          LEFT JOIN pg_catalog.pg_description AS d
            ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
         WHERE c.relkind IN ('r', 'p', 'm', 'v')
           AND (c.relkind <> 'v' OR $1::boolean)
           AND NOT c.relispartition
           AND (c.relkind <> 'm' OR c.relispopulated)
           AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
           AND (cardinality($2::text[]) = 0 OR EXISTS (
                SELECT 1 FROM unnest($2::text[], $3::text[], $4::text[]) AS g(schema_re, table_re, column_re)
                 WHERE n.nspname ~ g.schema_re AND c.relname ~ g.table_re AND a.attname ~ g.column_re))
           AND NOT EXISTS (
                SELECT 1 FROM unnest($5::text[], $6::text[], $7::text[]) AS g(schema_re, table_re, column_re)
                 WHERE n.nspname ~ g.schema_re AND c.relname ~ g.table_re AND a.attname ~ g.column_re)
         ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attnum
        """

    /// `$1` include views; `$2`–`$4` include globs; `$5`–`$7` exclude globs (schema, table, column regexes).
    static func parameters(_ filter: DatabaseFilter) -> [String?] {
        let include = filter.includeGlobs.map(PostgresGlob.regexes)
        let exclude = filter.excludeGlobs.map(PostgresGlob.regexes)
        return [filter.includeViews ? "true" : "false"]
            + [include.map(\.schema), include.map(\.table), include.map(\.column)].map(PostgresGlob.arrayLiteral)
            + [exclude.map(\.schema), exclude.map(\.table), exclude.map(\.column)].map(PostgresGlob.arrayLiteral)
    }

    /// Groups consecutive column rows into tables (the query orders them).
    static func tables(from rows: [[String?]]) -> [DatabaseTable] {
        var tables: [DatabaseTable] = []
        for row in rows where row.count >= 10 {
            let schema = row[0] ?? "", name = row[1] ?? ""
            let column = DatabaseColumn(
                name: row[4] ?? "", declaredType: row[5] ?? "",
                typeClass: PostgresTypeClass.classify(typeName: row[6] ?? "", category: row[7] ?? ""),
                comment: row[8])
            if let last = tables.last, last.schema == schema, last.name == name {
                tables[tables.count - 1].columns.append(column)
                continue
            }
            let estimate = row[3].flatMap(Double.init).flatMap { $0 >= 0 && $0 < 1e15 ? Int($0.rounded()) : nil }
            let pages = row[9].flatMap(Double.init).flatMap { $0 >= 0 && $0 < 1e15 ? Int($0.rounded(.up)) : nil }
            tables.append(
                DatabaseTable(
                    schema: schema, name: name, kind: kind(row[2] ?? ""), columns: [column], estimatedRows: estimate,
                    pages: pages))
        }
        return tables
    }

    private static func kind(_ relkind: String) -> DatabaseTable.Kind {
        switch relkind {
        case "v": .view
        case "m": .materializedView
        case "p": .partitioned
        default: .table
        }
    }
}
