import Foundation

/// Line insertions into an existing RoPA file, applied in one pass so that earlier edits do not shift later ones.
struct DraftTextEdits {
    let file: DraftTextFile
    private var insertions: [(afterLine: Int, lines: [String])] = []
    private var replacements: [Int: String] = [:]
    private var trailing: [String] = []

    init(file: DraftTextFile) {
        self.file = file
    }

    /// Inserts `lines` after line `afterLine` (1-based), each indented by `indent` spaces.
    mutating func insert(_ lines: [String], afterLine: Int, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        insertions.append((afterLine, lines.map { pad + $0 }))
    }

    /// Appends `entries` (as `RoPAYAMLWriter` writes them: dashes indented by 2) to the top-level list `key`.
    mutating func append(_ entries: [String], toList key: String) throws(ConfigFileError) {
        guard !entries.isEmpty else { return }
        let unindented = entries.map { String($0.dropFirst(2)) }
        switch file.listEnd(key) {
        case .block(let afterLine, let indent):
            insert(unindented, afterLine: afterLine, indent: indent)
        case .emptyFlow(let line):
            let text = file.lines[line - 1]
            guard let range = text.range(of: "\(key): []") else { throw unsupported(key) }
            replacements[line] = text.replacingCharacters(in: range, with: "\(key):")
            insert(unindented, afterLine: line, indent: 2)
        case .missing:
            trailing += ["\(key):"] + unindented.map { "  " + $0 }
        case .unsupported:
            throw unsupported(key)
        }
    }

    /// Replaces the value of the top-level scalar `key` (and any comment after it) with `value`.
    mutating func replaceScalar(_ key: String, with value: String) throws(ConfigFileError) {
        guard let line = file.keyLine(key), file.lines[line - 1].hasPrefix("\(key):") else {
            throw ConfigFileError(file: file.fileName, message: "cannot set '\(key)': no top-level '\(key):' line")
        }
        replacements[line] = "\(key): \(value)"
    }

    /// The edited text, ending with a line break.
    func apply() -> String {
        var output: [String] = []
        let byLine = Dictionary(grouping: insertions, by: \.afterLine)
        output += byLine[0]?.flatMap(\.lines) ?? []
        for (index, line) in file.lines.enumerated() {
            output.append(replacements[index + 1] ?? line)
            output += byLine[index + 1]?.flatMap(\.lines) ?? []
        }
        return (output + trailing).joined(separator: "\n") + "\n"
    }

    private func unsupported(_ key: String) -> ConfigFileError {
        ConfigFileError(
            file: file.fileName, message: "cannot add to '\(key)': write it as a block list (one '- ' per entry)")
    }
}
