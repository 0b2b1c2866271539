/// Database files recognised by their first bytes, whatever their name. A SQLite file on disk is scanned as a
/// `sqlite:` target after the files; one inside an archive (which would have to be extracted), and the other
/// formats, which piiscan has no reader for, are skipped as `database_file` with the format named, so the report
/// says what was not read.
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

    /// The skip's detail: the format, and why it was not read.
    package var detail: String {
        self == .sqlite ? "SQLite database inside an archive: not extracted" : rawValue + ": no reader for it"
    }
}
