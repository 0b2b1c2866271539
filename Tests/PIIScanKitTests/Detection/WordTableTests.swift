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

    @Test(arguments: [["weg", "ufer", "straße", "laan"], ["a", "weg"], ["er", "str", "gracht"]])
    func suffixLookupsAgreeWithAPlainSearch(_ words: [String]) {
        let table = WordTable(words: words)
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("aeglnrsStUWfß".utf8) + Array("ß".utf8)
        for _ in 0..<5_000 {
            var candidate = (0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement()! }
            if Bool.random(using: &random), let word = words.randomElement(using: &random) {
                let tail = Array(
                    word.uppercased().utf8.count == word.utf8.count && Bool.random(using: &random)
                        ? word.uppercased().utf8 : word.utf8)
                candidate += tail.dropFirst(Int.random(in: 0...1, using: &random))
            }
            let lowered = candidate.map(asciiLowercased)
            let expected = words.map { Array($0.utf8).map(asciiLowercased) }.contains {
                lowered.count >= $0.count && lowered.suffix($0.count).elementsEqual($0)
            }
            let found = candidate.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { table.containsSuffix(of: $0, candidate.count) } ?? false
            }
            #expect(found == expected, "\(String(decoding: candidate, as: UTF8.self))")
        }
    }

    @Test func unboundedQuantifiersAreFound() {
        #expect(UnboundedQuantifierCheck.firstUnbounded(in: "[a-z]+@") == 5)
        #expect(UnboundedQuantifierCheck.firstUnbounded(in: "a{2,}") == 1)
        #expect(UnboundedQuantifierCheck.firstUnbounded(in: "[+*]{1,3}\\+\\*a{2,4}+(?:x)?+") == nil)
    }
}
