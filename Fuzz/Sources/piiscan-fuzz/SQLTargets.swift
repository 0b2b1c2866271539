@testable import PIIScanKit

/// The migration gate's SQL lexer: tokens are in order, inside the text, and never empty.
struct SQLLexerTarget: FuzzTarget {
    func run(_ input: [UInt8]) {
        let lexer = SQLLexer(input)
        var previousEnd = 0
        for token in lexer.tokens() {
            precondition(token.start >= previousEnd && token.start < token.end && token.end <= input.count)
            _ = lexer.text(token)
            previousEnd = token.end
        }
    }
}

/// The statement splitter: statements are in order and their texts and leading words can be read.
struct SQLSplitterTarget: FuzzTarget {
    func run(_ input: [UInt8]) {
        var previousEnd = 0
        for statement in SQLStatementSplitter.split(input) {
            precondition(statement.start >= previousEnd && statement.end <= input.count)
            _ = statement.text
            _ = statement.leadingWords(3)
            previousEnd = statement.end
        }
    }
}
