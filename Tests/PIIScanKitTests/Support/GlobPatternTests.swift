import Testing

@testable import PIIScanKit

@Suite("GlobPattern")
struct GlobPatternTests {
    @Test(arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "dir/a.txt", false), ("*", "", true), ("a?c", "abc", true),
        ("a?c", "a/c", false), ("**/a", "a", true), ("**/a", "x/y/a", true), ("a/**", "a", false),
        ("a/**", "a/b/c", true), ("a/**/b", "a/b", true), ("a/**/b", "a/x/y/b", true), ("a**b", "a/b", false),
        ("a**b", "axxb", true), ("[abc]x", "bx", true), ("[!abc]x", "bx", false), ("[^abc]x", "dx", true),
        ("[a-c]", "b", true), ("[a-c]", "d", false), ("[]]", "]", true), ("[a/]", "/", false), ("\\*", "*", true),
        ("\\*", "a", false), ("\\#x", "#x", true), ("a*/b", "abc/b", true), ("a*/b", "abc/d/b", false),
        ("[abc", "a", false), ("*.c", "x.cc", false), ("a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaac", false),
    ])
    func matchesLikeGitWildmatch(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(Array(path.utf8)) == expected)
    }
}
