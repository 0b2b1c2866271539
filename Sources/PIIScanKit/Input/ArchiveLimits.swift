/// What piiscan will open and expand of one container (an archive or a compressed file, with everything nested
/// in it), so an archive bomb stops early: past a limit, the rest of the container is skipped as
/// `archive_limit` (what was read before stays scanned).
public struct ArchiveLimits: Sendable, Equatable {
    /// Containers opened inside one another (`--max-archive-depth`): 1 opens a zip but not a zip inside it; 0
    /// opens none (each is skipped as `archive_depth`).
    public var maxDepth = 3
    /// Members (regular files, at every depth) of one container (`--max-archive-members`).
    public var maxMembers = 100_000
    /// Bytes expanded from one container, at every depth (`--max-archive-expanded`).
    public var maxExpandedBytes = 16 << 30
    /// Expanded bytes per byte read from the disk (`--max-archive-ratio`), checked once `ratioFloor` bytes have
    /// been expanded: deflate reaches about 1,000:1 on a bomb, text and logs 5:1 to 50:1.
    public var maxRatio = 200
    /// Expanded bytes before the ratio is checked: small, highly repetitive files are no threat.
    public var ratioFloor = 64 << 20

    public init() {}
}

/// What one container (with the containers nested in it) has cost so far, checked against `ArchiveLimits`.
/// Not `Sendable`: one per container being scanned, on the worker's thread.
package final class ContainerBudget {
    package let limits: ArchiveLimits
    /// Bytes read from the disk so far (the outermost archive's input).
    private let compressedBytes: () -> Int64
    package private(set) var expandedBytes = 0
    package private(set) var members = 0
    /// Why the container was stopped, once a limit was passed; nothing more is read from it then.
    package private(set) var exceeded: String?

    package init(limits: ArchiveLimits, compressedBytes: @escaping () -> Int64) {
        self.limits = limits
        self.compressedBytes = compressedBytes
    }

    /// Counts a member; false (and `exceeded` set) past `maxMembers`.
    package func addMember() -> Bool {
        members += 1
        if members > limits.maxMembers {
            exceeded = "more than \(limits.maxMembers) members (--max-archive-members)"
        }
        return exceeded == nil
    }

    /// False (and `exceeded` set) when a member of `declaredSize` bytes would take the container past
    /// `maxExpandedBytes`: checked before the member is read or skipped (skipping a compressed member expands it too).
    package func admits(declaredSize: Int) -> Bool {
        if expandedBytes + declaredSize > limits.maxExpandedBytes {
            exceeded =
                "a member of \(declaredSize) bytes would expand it past \(limits.maxExpandedBytes) bytes "
                + "(--max-archive-expanded)"
        }
        return exceeded == nil
    }

    /// Counts expanded bytes, or a member's declared size before it is read; false (and `exceeded` set) past
    /// `maxExpandedBytes` or, beyond `ratioFloor`, `maxRatio`.
    package func addExpanded(_ count: Int) -> Bool {
        expandedBytes += count
        if expandedBytes > limits.maxExpandedBytes {
            exceeded = "expands to more than \(limits.maxExpandedBytes) bytes (--max-archive-expanded)"
        } else if expandedBytes > limits.ratioFloor {
            let compressed = max(Int(compressedBytes()), 1)
            if expandedBytes / compressed > limits.maxRatio {
                exceeded =
                    "expands \(expandedBytes / compressed):1 (\(expandedBytes) bytes from \(compressed)), "
                    + "more than \(limits.maxRatio):1 (--max-archive-ratio)"
            }
        }
        return exceeded == nil
    }
}
