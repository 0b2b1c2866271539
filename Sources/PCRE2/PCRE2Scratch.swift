internal import CPCRE2

/// Per-worker mutable match state: match data, a match context with limits, and a JIT stack.
///
/// Deliberately not `Sendable`: each worker creates its own and it never crosses threads.
public final class PCRE2Scratch {
    let matchData: OpaquePointer
    let matchContext: OpaquePointer
    private let jitStack: OpaquePointer?

    /// Creates scratch space that any `PCRE2Pattern` can use, with `limits` applied to every match.
    public init(limits: PCRE2MatchLimits = PCRE2MatchLimits()) {
        guard let data = pcre2_match_data_create_8(16, nil), let context = pcre2_match_context_create_8(nil) else {
            fatalError("PCRE2 could not allocate match data: out of memory")
        }
        matchData = data
        matchContext = context
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        pcre2_set_heap_limit_8(context, limits.heapLimitKiB)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, max(32 * 1024, limits.jitStackBytes), nil)
        if let jitStack {
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
        }
    }

    deinit {
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(matchContext)
        pcre2_match_data_free_8(matchData)
    }
}
