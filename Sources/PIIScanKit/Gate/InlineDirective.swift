import Foundation

/// What a reviewer wrote on a column's line: `-- piiscan:ignore <reason>` or `-- piiscan:category <key>`.
enum InlineDirective: Sendable, Hashable {
    /// Suppresses the column's failures; the reason is required.
    case ignore(reason: String)
    /// `piiscan:ignore` with no reason: a warning, and no suppression.
    case ignoreWithoutReason
    /// Declares the column's category right there, suppressing its failures.
    case category(String)

    static let prefix = "piiscan:"

    /// The first directive among one line's `--` comments.
    static func find(in comments: [String]) -> InlineDirective? {
        for comment in comments {
            guard let range = comment.range(of: prefix) else { continue }
            let rest = comment[range.upperBound...]
            let word = rest.prefix { !$0.isWhitespace }
            let argument = rest.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
            switch word {
            case "ignore": return argument.isEmpty ? .ignoreWithoutReason : .ignore(reason: argument)
            case "category": return .category(argument)
            default: continue
            }
        }
        return nil
    }

    /// The first of one line's `--` comments that is not a piiscan directive: in SQLite, the column's comment.
    static func plainComment(in comments: [String]) -> String? {
        comments.first { !$0.contains(prefix) && !$0.isEmpty }
    }
}

/// The `--` comments of one file by the line they start on, without the dashes, trimmed.
struct LineComments {
    private var byLine: [Int: [String]] = [:]

    init(_ file: MigrationFile) {
        let lines = LineIndex(file.bytes)
        let lexer = SQLLexer(file.bytes)
        for token in lexer.tokens() where token.kind == .lineComment {
            let text = String(lexer.text(token).dropFirst(2)).trimmingCharacters(in: .whitespaces)
            byLine[lines.line(of: token.start), default: []].append(text)
        }
    }

    func on(line: Int) -> [String] { byLine[line] ?? [] }
}
