/// Where a column was created or renamed: the migration file, and the line and byte span of its name in the
/// statement (the statement's first line when the name cannot be found in its text, as with `SELECT *`).
public struct ColumnOrigin: Sendable, Hashable {
    public var file: MigrationFile
    public var line: Int
    /// 1-based byte column of the name.
    public var column: Int
    /// Byte offset and length of the name in the file.
    public var offset: Int
    public var length: Int
}
