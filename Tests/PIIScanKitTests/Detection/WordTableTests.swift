import Testing

@testable import PIIScanKit

@Suite("WordTable")
struct WordTableTests {
    let table = WordTable(words: ["street", "straße", "dob", "Rue"])

    private func contains(_ word: String) -> Bool {
        Array(word.utf8).withUnsafeBufferPointer { table.contains($0.baseAddress!, $0.count) }
    }

    private func hasSuffix(_ word: String) -> Bool {
        Array(word.utf8).withUnsafeBufferPointer { table.containsSuffix(of: $0.baseAddress!, $0.count) }
    }

    @Test func caseInsensitiveWholeWords() {
        #expect(contains("STREET") && contains("Street") && contains("rue") && contains("DoB"))
        #expect(!contains("streets") && !contains("stree") && !contains(""))
        #expect(table.count == 4)
    }

    @Test func utf8WordsMatchByteForByte() {
        #expect(contains("straße") && contains("STRAßE"))
        #expect(hasSuffix("Hauptstraße"))
        #expect(!hasSuffix("Hauptstrasse"))
    }

    @Test func unboundedQuantifiersAreFound() {
        #expect(UnboundedQuantifierCheck.firstUnbounded(in: "[a-z]+@") == 5)
        #expect(UnboundedQuantifierCheck.firstUnbounded(in: "a{2,}") == 1)
        #expect(UnboundedQuantifierCheck.firstUnbounded(in: "[+*]{1,3}\\+\\*a{2,4}+(?:x)?+") == nil)
    }
}
