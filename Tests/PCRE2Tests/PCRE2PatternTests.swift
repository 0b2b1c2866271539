import PCRE2
import Testing

@Suite("PCRE2Pattern")
struct PCRE2PatternTests {
    let scratch = PCRE2Scratch()

    @Test func compilesWithJIT() throws {
        let pattern = try PCRE2Pattern("[0-9]{3}")
        #expect(pattern.isJITCompiled)
    }

    @Test func reportsCompileErrorsWithOffset() {
        #expect {
            _ = try PCRE2Pattern("abc(def")
        } throws: { error in
            guard let error = error as? PCRE2Error else { return false }
            return error.patternOffset == 7 && error.message.contains("missing closing parenthesis")
        }
    }

    @Test func findsAllMatchesAsByteRanges() throws {
        let pattern = try PCRE2Pattern("[0-9]{2,3}")
        let matches = try pattern.allMatches(in: Array("a12 b345 c6789".utf8), scratch: scratch)
        #expect(
            matches == [PCRE2Match(start: 1, end: 3), PCRE2Match(start: 5, end: 8), PCRE2Match(start: 10, end: 13)])
    }

    @Test func lookbehindSeesBytesBeforeTheStartOffset() throws {
        let pattern = try PCRE2Pattern("(?<![0-9])[0-9]{3}")
        let bytes = Array("1234 567".utf8)
        let match = try bytes.withUnsafeBytes { raw in
            try pattern.firstMatch(in: raw, from: 1, scratch: scratch)
        }
        #expect(match == PCRE2Match(start: 5, end: 8))
    }

    @Test func startLimitBoundsWhereAMatchMayStart() throws {
        let pattern = try PCRE2Pattern("x[0-9]", options: .useOffsetLimit)
        let bytes = Array("....x1....x2".utf8)
        let results = try bytes.withUnsafeBytes { raw in
            [
                try pattern.firstMatch(in: raw, from: 0, startLimit: 3, scratch: scratch),
                try pattern.firstMatch(in: raw, from: 0, startLimit: 4, scratch: scratch),
                try pattern.firstMatch(in: raw, from: 5, startLimit: 10, scratch: scratch),
            ]
        }
        #expect(results == [nil, PCRE2Match(start: 4, end: 6), PCRE2Match(start: 10, end: 12)])
    }

    @Test func matchesInvalidUTF8AsBytes() throws {
        let pattern = try PCRE2Pattern("[a-z]{3}")
        let matches = try pattern.allMatches(in: [0xFF, 0xFE, 0x61, 0x62, 0x63, 0xC3], scratch: scratch)
        #expect(matches == [PCRE2Match(start: 2, end: 5)])
    }

    @Test func emptySubjectIsFine() throws {
        let pattern = try PCRE2Pattern("a?")
        #expect(try pattern.allMatches(in: [], scratch: scratch) == [PCRE2Match(start: 0, end: 0)])
    }

    @Test func catastrophicBacktrackingHitsTheLimitInsteadOfHanging() throws {
        let limits = PCRE2MatchLimits(matchLimit: 10_000, depthLimit: 1_000)
        // No literal last byte, so neither the interpreter nor the JIT can rule the match out early.
        let pattern = try PCRE2Pattern("(a|aa){1,40}(a|aa){1,40}[bc][de]")
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 60) + [UInt8(ascii: "b")]
        #expect {
            _ = try pattern.allMatches(in: bytes, scratch: PCRE2Scratch(limits: limits))
        } throws: { error in
            (error as? PCRE2Error)?.isResourceLimit == true
        }
    }

    @Test func caselessOption() throws {
        let pattern = try PCRE2Pattern("passport", options: .caseless)
        #expect(try pattern.allMatches(in: Array("PassPort".utf8), scratch: scratch).count == 1)
    }
}
