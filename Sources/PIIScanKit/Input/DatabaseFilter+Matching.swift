/// How `schema.table.column` globs select tables and columns, for sources that filter in Swift (SQLite).
///
/// A glob has up to three dot-separated parts and a missing part matches everything, so `audit` (or
/// `audit.*`) is a whole schema and `main.users` a whole table. Each part is a glob (`*`, `?`, `[...]`) over
/// one name; `*` never crosses a dot. This is the semantics `PostgresGlob` turns into catalog-query regexes.
extension DatabaseFilter {
    /// Whether any column of `schema.table` can be kept: an include glob names it (or there are none) and no
    /// exclude glob without a column part names it. Checked before the table's columns are read.
    func keepsTable(schema: String, table: String) -> Bool {
        let included = includeGlobs.isEmpty || includeGlobs.contains { Self.matches($0, [schema, table]) }
        let excluded = excludeGlobs.contains { Self.parts($0).count <= 2 && Self.matches($0, [schema, table]) }
        return included && !excluded
    }

    /// Whether `schema.table.column` is scanned.
    func keepsColumn(schema: String, table: String, column: String) -> Bool {
        let names = [schema, table, column]
        let included = includeGlobs.isEmpty || includeGlobs.contains { Self.matches($0, names) }
        return included && !excludeGlobs.contains { Self.matches($0, names) }
    }

    /// True when each part of `glob` that `names` has matches its name; parts beyond `names` are ignored.
    private static func matches(_ glob: String, _ names: [String]) -> Bool {
        for (part, name) in zip(parts(glob), names) where !GlobPattern(part).matches(Array(name.utf8)) {
            return false
        }
        return true
    }

    private static func parts(_ glob: String) -> [String] {
        glob.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    }
}
