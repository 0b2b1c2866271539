import Glibc

/// Walks a file tree depth-first, each directory's entries in byte-wise sorted order, so two walks of the same tree
/// report the same events in the same order.
///
/// Every entry is `lstat`ed before anything else: FIFOs, sockets and devices are reported as `.notRegularFile` and
/// never opened, so a walk cannot block. Symbolic links are reported as `.symlink` unless `followSymlinks`; when
/// following, a directory already on the current path is a `.symlinkLoop` and a dangling link a `.brokenSymlink`.
/// `.git` is never entered. An explicitly named root is always followed if it is a link, and a root that is a file
/// is scanned whatever the globs and ignore files say (the user named it).
package struct FileTreeWalker {
    package let root: String
    package let options: WalkOptions
    private let filter: FileFilter

    package init(root: String, options: WalkOptions) {
        self.root = root
        self.options = options
        self.filter = FileFilter(options: options)
    }

    /// Walks the tree; `visit` returns false to stop early (cancellation).
    /// Throws only when the root itself cannot be read (missing, permission): that is exit code 3 for the CLI.
    package func walk(_ visit: (WalkEvent) -> Bool) throws(InputError) {
        let rootStatus: FileStatus
        switch FileStatus.of(root, following: true) {
        case .success(let status): rootStatus = status
        case .failure(let error): throw InputError(code: error.code, path: root, operation: "read")
        }
        switch rootStatus.kind {
        case .regular:
            _ = visit(fileEvent(path: root, displayPath: root, status: rootStatus))
        case .directory:
            let listing: DirectoryListing
            switch DirectoryListing.read(root) {
            case .success(let entries): listing = entries
            case .failure(let error): throw InputError(code: error.code, path: root, operation: "read directory")
            }
            var walk = WalkState(ancestors: [DirectoryID(rootStatus)])
            let base = Directory(path: root, relative: [], display: "", included: !filter.hasIncludes)
            _ = walkDirectory(base, listing, &walk, visit)
        default:
            _ = visit(.skipped(SkippedItem(item: root, reason: .notRegularFile, detail: rootStatus.kindName)))
        }
    }

    /// A directory being walked: its path to open, its path relative to the root as bytes and for display, and
    /// whether an include glob already matched it (or there are none).
    private struct Directory {
        var path: String
        var relative: [UInt8]
        var display: String
        var included: Bool
    }

    /// The device and inode of a directory, to recognise one already on the current path.
    private struct DirectoryID: Equatable {
        var device: UInt64
        var inode: UInt64

        init(_ status: FileStatus) {
            device = status.device
            inode = status.inode
        }
    }

    private struct WalkState {
        var ignores = IgnoreStack()
        var ancestors: [DirectoryID]
    }

    private static let gitDirectory = Array(".git".utf8)

    /// Walks one directory's entries; false when `visit` asked to stop.
    private func walkDirectory(
        _ directory: Directory, _ listing: DirectoryListing, _ walk: inout WalkState, _ visit: (WalkEvent) -> Bool
    ) -> Bool {
        let respectsIgnores = options.respectIgnoreFiles
        let pushed = respectsIgnores && walk.ignores.push(directory: directory.path, relativePath: directory.relative)
        defer { if pushed { walk.ignores.pop() } }
        let prefix = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        for entry in listing.entries where entry.name != Self.gitDirectory {
            let relative =
                directory.relative.isEmpty ? entry.name : directory.relative + [UInt8(ascii: "/")] + entry.name
            guard let name = String(validating: entry.name, as: UTF8.self) else {
                let item = directory.display.isEmpty ? "" : directory.display + "/"
                let skipped = SkippedItem(
                    item: item + String(decoding: entry.name, as: UTF8.self), reason: .readError,
                    detail: "file name is not valid UTF-8")
                if !visit(.skipped(skipped)) { return false }
                continue
            }
            let child = Directory(
                path: prefix + name,
                relative: relative,
                display: directory.display.isEmpty ? name : directory.display + "/" + name,
                included: directory.included)
            if !visitEntry(child, typeHint: entry.isDirectoryHint, &walk, visit) { return false }
        }
        return true
    }

    /// Classifies one entry and visits it (recursing into directories); false when `visit` asked to stop.
    private func visitEntry(
        _ entry: Directory, typeHint isDirectoryHint: Bool, _ walk: inout WalkState, _ visit: (WalkEvent) -> Bool
    ) -> Bool {
        var status: FileStatus
        switch FileStatus.of(entry.path, following: false) {
        case .success(let found): status = found
        case .failure(let error):
            if isFiltered(entry, isDirectory: isDirectoryHint, walk) { return true }
            return visit(skip(entry, error.skipReason, error.text))
        }
        if status.kind == .symlink {
            if isFiltered(entry, isDirectory: false, walk) { return true }
            guard options.followSymlinks else {
                if !entry.included && !filter.isIncluded(entry.relative, isDirectory: false) { return true }
                return visit(skip(entry, .symlink, nil))
            }
            switch FileStatus.of(entry.path, following: true) {
            case .success(let target): status = target
            case .failure(let error):
                switch error.code {
                case ENOENT, ENOTDIR: return visit(skip(entry, .brokenSymlink, error.text))
                case ELOOP: return visit(skip(entry, .symlinkLoop, error.text))
                default: return visit(skip(entry, error.skipReason, error.text))
                }
            }
        }
        let isDirectory = status.kind == .directory
        if isFiltered(entry, isDirectory: isDirectory, walk) { return true }
        guard isDirectory else {
            if !entry.included && !filter.isIncluded(entry.relative, isDirectory: false)
                && !(options.opensContainers && ContainerFormat.isContainerName(entry.relative))
            {
                return true
            }
            if options.ownFiles.contains(FileIdentity(device: status.device, inode: status.inode)) { return true }
            guard status.kind == .regular else { return visit(skip(entry, .notRegularFile, status.kindName)) }
            return visit(fileEvent(path: entry.path, displayPath: entry.display, status: status))
        }
        let id = DirectoryID(status)
        if walk.ancestors.contains(id) { return visit(skip(entry, .symlinkLoop, "directory already on the path")) }
        let listing: DirectoryListing
        switch DirectoryListing.read(entry.path) {
        case .success(let entries): listing = entries
        case .failure(let error): return visit(skip(entry, error.skipReason, error.text))
        }
        var directory = entry
        directory.included = entry.included || filter.isIncluded(entry.relative, isDirectory: true)
        walk.ancestors.append(id)
        defer { walk.ancestors.removeLast() }
        return walkDirectory(directory, listing, &walk, visit)
    }

    /// True when an ignore file or an exclude glob drops the entry silently.
    private func isFiltered(_ entry: Directory, isDirectory: Bool, _ walk: WalkState) -> Bool {
        filter.isExcluded(entry.relative, isDirectory: isDirectory)
            || (options.respectIgnoreFiles && walk.ignores.isIgnored(entry.relative, isDirectory: isDirectory))
    }

    private func skip(_ entry: Directory, _ reason: SkipReason, _ detail: String?) -> WalkEvent {
        .skipped(SkippedItem(item: entry.display, reason: reason, detail: detail))
    }

    private func fileEvent(path: String, displayPath: String, status: FileStatus) -> WalkEvent {
        if filter.isTooLarge(size: status.size) {
            return .skipped(SkippedItem(item: displayPath, reason: .tooLarge, detail: "\(status.size) bytes"))
        }
        return .file(
            FileEntry(
                path: path, displayPath: displayPath, size: status.size,
                modificationTime: status.modificationTime,
                modificationTimeNanoseconds: status.modificationTimeNanoseconds, inode: status.inode,
                device: status.device))
    }
}
