internal import CPCRE2

/// A compiled (and, where the platform allows, JIT-compiled) pattern.
///
/// Immutable after init, so one instance is shared read-only by every worker; PCRE2 documents compiled code
/// as safe to use from several threads at once. All mutable match state lives in a per-worker `PCRE2Scratch`.
public final class PCRE2Pattern: @unchecked Sendable {
    let code: OpaquePointer
    /// Whether JIT compilation succeeded (matching then uses the JIT fast path).
    public let isJITCompiled: Bool
    /// The options the pattern was compiled with.
    public let options: PCRE2CompileOptions

    /// Compiles `pattern` (UTF-8 bytes); throws `PCRE2Error` with the offset of the problem.
    public init(_ pattern: String, options: PCRE2CompileOptions = []) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let bytes = Array(pattern.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options.rawValue, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PCRE2Error(code: errorCode, patternOffset: errorOffset)
        }
        self.code = compiled
        self.options = options
        self.isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    deinit {
        pcre2_code_free_8(code)
    }

    /// PCRE2_UNSET (`~(size_t)0`): size_t imports as Int, so all bits set is -1. "No offset limit".
    private static let unset = Int(bitPattern: UInt.max)

    /// PCRE2 wants a non-null subject pointer even for an empty subject.
    private nonisolated(unsafe) static let emptySubject: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    /// Finds the leftmost match that starts at or after `from` and, when `startLimit` is given, at or before it.
    ///
    /// The whole `subject` is visible to the pattern, so lookbehinds and `\b` see the bytes before `from`.
    /// `startLimit` needs `.useOffsetLimit` at compile time. `endIsNotEndOfLine` (PCRE2_NOTEOL) says the subject
    /// was cut short, so `$` must not match at its end. Returns nil when there is no match; throws when a
    /// resource limit stops the match (`PCRE2Error.isResourceLimit`) or the subject is not valid for the pattern.
    public func firstMatch(
        in subject: UnsafeRawBufferPointer,
        from: Int = 0,
        startLimit: Int? = nil,
        endIsNotEndOfLine: Bool = false,
        scratch: PCRE2Scratch
    ) throws(PCRE2Error) -> PCRE2Match? {
        precondition(from >= 0 && from <= subject.count, "start offset outside subject")
        let pointer = subject.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? PCRE2Pattern.emptySubject
        pcre2_set_offset_limit_8(scratch.matchContext, startLimit ?? PCRE2Pattern.unset)
        let options = endIsNotEndOfLine ? UInt32(PCRE2_NOTEOL) : 0
        let result =
            isJITCompiled
            ? pcre2_jit_match_8(code, pointer, subject.count, from, options, scratch.matchData, scratch.matchContext)
            : pcre2_match_8(code, pointer, subject.count, from, options, scratch.matchData, scratch.matchContext)
        if result == PCRE2_ERROR_NOMATCH { return nil }
        guard result >= 0 else { throw PCRE2Error(code: result) }
        let ovector = pcre2_get_ovector_pointer_8(scratch.matchData)!
        return PCRE2Match(start: ovector[0], end: ovector[1])
    }

    /// Convenience for tests and tools: every non-overlapping match in `bytes`.
    public func allMatches(in bytes: [UInt8], scratch: PCRE2Scratch) throws(PCRE2Error) -> [PCRE2Match] {
        var matches: [PCRE2Match] = []
        var failure: PCRE2Error?
        bytes.withUnsafeBytes { raw in
            var position = 0
            while position <= raw.count {
                let found: PCRE2Match?
                do throws(PCRE2Error) {
                    found = try firstMatch(in: raw, from: position, scratch: scratch)
                } catch {
                    failure = error
                    return
                }
                guard let match = found else { return }
                matches.append(match)
                position = match.end > match.start ? match.end : match.start + 1
            }
        }
        if let failure { throw failure }
        return matches
    }
}
