import Yams

/// An existing RoPA file as lines plus the positions (from the YAML parser's marks) where a draft may append:
/// after the last entry of a top-level list, or after the last element of an activity's `data_categories`.
struct DraftTextFile {
    /// Where a top-level list can take more entries.
    enum ListEnd {
        /// A block list: insert after `line`, with entries' dashes indented by `indent` spaces.
        case block(afterLine: Int, indent: Int)
        /// `key: []` on `line`.
        case emptyFlow(line: Int)
        case missing
        /// A non-empty flow list (`[a, b]`): not extended.
        case unsupported
    }

    let lines: [String]
    let fileName: String
    private let root: Node.Mapping?

    init(text: String, fileName: String) throws(ConfigFileError) {
        self.fileName = fileName
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
        do {
            root = try Yams.compose(yaml: text)?.mapping
        } catch {
            throw ConfigFileError(file: fileName, message: "cannot parse the existing RoPA")
        }
    }

    /// The line of the last element of activity `index`'s `data_categories` and its dash's indentation, when it
    /// is a non-empty block list.
    func categoriesEnd(activity index: Int) -> (line: Int, indent: Int)? {
        guard let activities = root?["activities"]?.sequence, index < activities.count,
            let categories = activities[index].mapping?["data_categories"]?.sequence,
            isBlock(categories), let mark = categories.last?.mark
        else { return nil }
        return (mark.line, max(0, mark.column - 3))
    }

    /// The line of the top-level `key`, if the file has it.
    func keyLine(_ key: String) -> Int? {
        root?.first { $0.key.string == key }?.key.mark?.line
    }

    /// Where entries of the top-level list `key` end.
    func listEnd(_ key: String) -> ListEnd {
        guard let root, let pair = root.first(where: { $0.key.string == key }), let keyLine = pair.key.mark?.line
        else { return .missing }
        guard let sequence = pair.value.sequence else { return .unsupported }
        if !isBlock(sequence) {
            return sequence.isEmpty ? .emptyFlow(line: keyLine) : .unsupported
        }
        guard let first = sequence.first?.mark else { return .unsupported }
        let nextKeyLine = root.compactMap { $0.key.mark?.line }.filter { $0 > keyLine }.min() ?? lines.count + 1
        var last = nextKeyLine - 1
        while last > keyLine {
            let trimmed = lines[last - 1].drop { $0 == " " }
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") { break }
            last -= 1
        }
        return .block(afterLine: last, indent: max(0, first.column - 3))
    }

    /// Whether a sequence is written as a block list: the parser does not report the style, so look at the
    /// character where the sequence starts (`[` for a flow list).
    private func isBlock(_ sequence: Node.Sequence) -> Bool {
        guard let mark = sequence.mark, mark.line >= 1, mark.line <= lines.count else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return false }
        return scalars[mark.column - 1] != "["
    }
}
