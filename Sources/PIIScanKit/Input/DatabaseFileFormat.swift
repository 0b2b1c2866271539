/// Database files recognised by their first bytes, whatever their name. A file scan does not read them: a SQLite
/// file is scanned as a `sqlite:` target, and the others have no reader in piiscan. Each is skipped as
/// `database_file` with its format named, so the report says what was not read.
package enum DatabaseFileFormat: String, Sendable, Equatable {
    case sqlite = "SQLite database"
    case access = "Microsoft Access database"
    case parquet = "Parquet file"
    case avro = "Avro file"

    /// The format whose magic number starts `bytes`, or nil.
    package static func sniff(_ bytes: UnsafeRawBufferPointer) -> DatabaseFileFormat? {
        func starts(_ magic: String, at offset: Int = 0) -> Bool {
            let magic = Array(magic.utf8)
            guard bytes.count >= offset + magic.count else { return false }
            return magic.indices.allSatisfy { bytes[offset + $0] == magic[$0] }
        }
        if starts("SQLite format 3\u{0}") { return .sqlite }
        if starts("Standard Jet DB", at: 4) || starts("Standard ACE DB", at: 4) { return .access }
        if starts("PAR1") { return .parquet }
        if starts("Obj\u{1}") { return .avro }
        return nil
    }

    /// The skip's detail: the format, and for SQLite how to scan it.
    package var detail: String {
        self == .sqlite ? "SQLite database: scan it as a target, sqlite:PATH" : rawValue + ": no reader for it"
    }
}
