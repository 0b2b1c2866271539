/// The `--include` / `--exclude` globs and the size limit, decided on paths relative to the root before a file is
/// opened. Globs use gitignore syntax: without a `/` they match the base name at any depth, with one the whole path.
/// Binary files are recognised later, by `ChunkReader`, from their first fill.
package struct FileFilter: Sendable {
    private let includes: [PathRule]
    private let excludes: [PathRule]
    private let maxFileSize: Int?

    package init(options: WalkOptions) {
        includes = options.includeGlobs.compactMap { PathRule(glob: $0) }
        excludes = options.excludeGlobs.compactMap { PathRule(glob: $0) }
        maxFileSize = options.maxFileSize
    }

    /// True when there are include globs, so a file must match one (itself or through a directory above it).
    package var hasIncludes: Bool { !includes.isEmpty }

    /// True when an exclude glob matches: the file is dropped, or the directory is not entered.
    package func isExcluded(_ relativePath: [UInt8], isDirectory: Bool) -> Bool {
        excludes.contains { $0.matches(relativePath[...], isDirectory: isDirectory) }
    }

    /// True when an include glob matches the file or directory (everything below an included directory is included).
    package func isIncluded(_ relativePath: [UInt8], isDirectory: Bool) -> Bool {
        includes.contains { $0.matches(relativePath[...], isDirectory: isDirectory) }
    }

    /// True when the file is over `maxFileSize`.
    package func isTooLarge(size: Int) -> Bool {
        maxFileSize.map { size > $0 } ?? false
    }
}
