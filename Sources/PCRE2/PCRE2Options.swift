internal import CPCRE2

/// Compile options for a `PCRE2Pattern`, as a Swift option set over PCRE2's bits.
public struct PCRE2CompileOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let caseless = PCRE2CompileOptions(rawValue: PCRE2_CASELESS)
    public static let multiline = PCRE2CompileOptions(rawValue: PCRE2_MULTILINE)
    public static let extended = PCRE2CompileOptions(rawValue: PCRE2_EXTENDED)
    public static let dotAll = PCRE2CompileOptions(rawValue: PCRE2_DOTALL)
    /// Treat the subject as UTF-8. Only with a buffer validated once and `PCRE2_NO_UTF_CHECK` (DESIGN §7).
    public static let utf = PCRE2CompileOptions(rawValue: PCRE2_UTF)
    /// Required for `PCRE2MatchLimits.startLimit` to take effect.
    public static let useOffsetLimit = PCRE2CompileOptions(rawValue: PCRE2_USE_OFFSET_LIMIT)
}

/// Resource limits applied to every match, so that no pattern can hang a scan on hostile input.
///
/// The defaults are far above what any bundled detector needs on real data (the labelled-corpus and
/// prefilter tests assert that none is ever hit) and stop a catastrophically backtracking user pattern after
/// about a millisecond with the JIT.
public struct PCRE2MatchLimits: Sendable, Hashable {
    /// Maximum number of internal match() calls (PCRE2's match limit); the JIT honours it too.
    public var matchLimit: UInt32
    /// Maximum backtracking depth (PCRE2's depth limit; the interpreter only).
    public var depthLimit: UInt32
    /// Maximum heap the interpreter may use for backtracking, in KiB (PCRE2's heap limit).
    public var heapLimitKiB: UInt32
    /// Size of each worker's JIT stack in bytes.
    public var jitStackBytes: Int

    public init(
        matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000, heapLimitKiB: UInt32 = 8_192,
        jitStackBytes: Int = 512 * 1024
    ) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
        self.jitStackBytes = jitStackBytes
    }
}
