/// Up and down sections of one migration file, for the tools that keep both in a file: goose (`-- +goose Up`,
/// `-- +goose Down`), dbmate (`-- migrate:up`, `-- migrate:down`) and Liquibase formatted SQL (`--changeset`,
/// whose `--rollback` lines are comments already). The down sections are blanked, newlines kept, so only the up
/// migration is read and every byte offset, line and column stays that of the file.
enum MigrationSections {
    /// The tool whose markers a file carries.
    enum Marker: Sendable, Equatable {
        case goose, dbmate, liquibase
    }

    /// `bytes` with every down section replaced by spaces, and the tool whose markers it carries, if any.
    static func upOnly(_ bytes: [UInt8]) -> (bytes: [UInt8], marker: Marker?) {
        var output = bytes
        var marker: Marker?
        var inDown = false
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var index = lineStart
            while index < lineEnd && (bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")) {
                index += 1
            }
            if let found = directive(bytes[index..<lineEnd]) {
                marker = marker ?? found.marker
                if let down = found.down { inDown = down }
            }
            if inDown {
                for position in lineStart..<lineEnd where bytes[position] != UInt8(ascii: "\r") {
                    output[position] = UInt8(ascii: " ")
                }
            }
            lineStart = lineEnd + 1
        }
        return (marker == nil ? bytes : output, marker)
    }

    /// The marker a line opens with, and whether it starts a down (true) or an up (false) section.
    private static func directive(_ line: ArraySlice<UInt8>) -> (marker: Marker, down: Bool?)? {
        guard line.starts(with: Array("--".utf8)) else { return nil }
        let text = String(decoding: line.prefix(40), as: UTF8.self).lowercased()
        let words = text.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        guard let first = words.first else { return nil }
        switch first {
        case "+goose":
            guard words.count > 1 else { return nil }
            if words[1] == "up" { return (.goose, false) }
            if words[1] == "down" { return (.goose, true) }
            return (.goose, nil)
        case "migrate:up": return (.dbmate, false)
        case "migrate:down": return (.dbmate, true)
        case "changeset", "liquibase": return (.liquibase, nil)
        default: return nil
        }
    }
}
