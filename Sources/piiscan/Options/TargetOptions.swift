import ArgumentParser
import Foundation
import PIIScanKit

/// What to scan and how to walk it.
struct TargetOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Files, directories or databases to scan: sqlite:PATH, postgres://[user@]host[:port]/dbname or "
                + "'host=... dbname=...'. For databases --include/--exclude match schema.table.column.",
            valueName: "target"))
    var paths: [String]

    @Option(
        name: .customLong("include"),
        help: ArgumentHelp(
            "Scan only files matching this glob (relative to the scanned directory; repeatable).", valueName: "glob"))
    var includeGlobs: [String] = []

    @Option(
        name: .customLong("exclude"),
        help: ArgumentHelp("Skip files matching this glob (repeatable).", valueName: "glob"))
    var excludeGlobs: [String] = []

    @Option(help: ArgumentHelp("Skip files larger than this (e.g. 500K, 100M, 2G).", valueName: "size"))
    var maxFileSize: ByteSize?

    @Option(
        help: ArgumentHelp(
            "Open archives and compressed files nested this deep (0: open none).", valueName: "n"))
    var maxArchiveDepth = ArchiveLimits().maxDepth

    @Option(help: ArgumentHelp("Stop reading an archive after this many members.", valueName: "n"))
    var maxArchiveMembers = ArchiveLimits().maxMembers

    @Option(
        help: ArgumentHelp(
            "Stop reading an archive once it has expanded to this size (default 16G).", valueName: "size"))
    var maxArchiveExpanded: ByteSize?

    @Option(
        help: ArgumentHelp(
            "Stop reading an archive that expands more than this many times its size on disk.", valueName: "n"))
    var maxArchiveRatio = ArchiveLimits().maxRatio

    @Flag(help: "Follow symbolic links (loops are detected and skipped).")
    var followSymlinks = false

    @Flag(help: "Do not honour .gitignore and .piiscanignore files.")
    var noIgnore = false

    @Option(help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        guard maxArchiveDepth >= 0 else { throw ValidationError("--max-archive-depth cannot be negative") }
        guard maxArchiveMembers >= 1 else { throw ValidationError("--max-archive-members must be at least 1") }
        guard maxArchiveRatio >= 1 else { throw ValidationError("--max-archive-ratio must be at least 1") }
    }

    func apply(to options: inout ScanOptions) {
        options.archive.maxDepth = maxArchiveDepth
        options.archive.maxMembers = maxArchiveMembers
        if let maxArchiveExpanded { options.archive.maxExpandedBytes = maxArchiveExpanded.bytes }
        options.archive.maxRatio = maxArchiveRatio
        options.includeGlobs = includeGlobs
        options.excludeGlobs = excludeGlobs
        options.maxFileSize = maxFileSize?.bytes
        options.followSymlinks = followSymlinks
        options.respectIgnoreFiles = !noIgnore
        options.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    }
}

/// A size in bytes written as a number with an optional K, M or G suffix (powers of 1024).
struct ByteSize: ExpressibleByArgument {
    var bytes: Int

    init?(argument: String) {
        let text = argument.uppercased().replacingOccurrences(of: "IB", with: "").replacingOccurrences(
            of: "B", with: "")
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text)
        var multiplier = 1
        if let last = digits.last, let factor = multipliers[last] {
            multiplier = factor
            digits = digits.dropLast()
        }
        guard let value = Int(digits), value >= 0 else { return nil }
        bytes = value * multiplier
    }
}
