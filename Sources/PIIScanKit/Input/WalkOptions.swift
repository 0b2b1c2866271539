/// Options for walking a file tree.
package struct WalkOptions: Sendable {
    /// Follow symbolic links (loops are detected by device and inode of the directories on the current path).
    package var followSymlinks: Bool = false
    /// Honour `.gitignore` and `.piiscanignore` (gitignore syntax), per directory, hierarchical, with negation.
    package var respectIgnoreFiles: Bool = true
    /// If non-empty, only files matching one are scanned (paths relative to the root; `**` supported).
    package var includeGlobs: [String] = []
    /// Files and directories matching one are neither scanned nor counted (a matching directory is not entered).
    package var excludeGlobs: [String] = []
    /// Larger files are skipped as `.tooLarge`.
    package var maxFileSize: Int? = nil
    /// Containers are opened, so a file named like one (`ContainerFormat.isContainerName`) is walked even when no
    /// include glob matches it: the globs select its members.
    package var opensContainers: Bool = false
    /// Files neither scanned nor counted, whatever their name: the report being written and the one it replaces.
    package var ownFiles: Set<FileIdentity> = []

    package init() {}
}
