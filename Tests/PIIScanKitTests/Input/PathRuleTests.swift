import Testing

@testable import PIIScanKit

@Suite("PathRule")
struct PathRuleTests {
    @Test(arguments: ["", "   ", "# comment", "!", "/"])
    func blankCommentAndEmptyLinesAreNotRules(line: String) {
        #expect(PathRule(ignoreLine: Array(line.utf8)) == nil)
    }

    @Test(arguments: [
        ("*.log", "*.log", false, false, true),
        ("!keep.log", "keep.log", true, false, true),
        ("/root.txt", "root.txt", false, false, false),
        ("build/", "build", false, true, true),
        ("docs/*.md", "docs/*.md", false, false, false),
        ("\\#file", "\\#file", false, false, true),
        ("\\!file", "\\!file", false, false, true),
        ("trail  \r", "trail", false, false, true),
        ("space\\ ", "space\\ ", false, false, true),
    ])
    func parsesGitignoreLines(line: String, glob: String, negated: Bool, directoryOnly: Bool, baseName: Bool) throws {
        let rule = try #require(PathRule(ignoreLine: Array(line.utf8)))
        #expect(rule.glob == GlobPattern(glob))
        #expect(rule.negated == negated)
        #expect(rule.directoryOnly == directoryOnly)
        #expect(rule.matchesBaseName == baseName)
    }

    @Test func escapedHashAndBangMatchLiterally() throws {
        let hash = try #require(PathRule(ignoreLine: Array("\\#file".utf8)))
        let bang = try #require(PathRule(ignoreLine: Array("\\!file".utf8)))
        #expect(hash.matches(Array("sub/#file".utf8)[...], isDirectory: false))
        #expect(bang.matches(Array("!file".utf8)[...], isDirectory: false))
    }
}
