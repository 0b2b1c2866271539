import Foundation

/// Finds the migration files under the command-line paths and orders them: each directory is walked
/// (hidden entries skipped, `--exclude` globs left out), its `.sql` files' layout detected and ordered
/// (`MigrationOrder`); files named directly form one group of their own, ordered the same way. Down sections
/// of goose and dbmate files are blanked as the files are read (`MigrationSections`).
enum MigrationDiscovery {
    /// `currentDirectory` and `repositoryRoot` are absolute and free of symlinks.
    static func discover(
        _ arguments: [String], excluding excludeGlobs: [String] = [], currentDirectory: String,
        repositoryRoot: String?
    ) throws(GateError) -> [MigrationGroup] {
        let excludes = excludeGlobs.compactMap { PathRule(glob: $0) }
        var groups: [MigrationGroup] = []
        var looseFiles: [(relative: String, absolute: String)] = []
        for argument in arguments {
            let absolute = absolutePath(argument, from: currentDirectory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                throw GateError(.usage, "\(argument): no such file or directory")
            }
            if isDirectory.boolValue {
                let all = sqlFiles(under: absolute)
                let excluded = all.filter { isExcluded($0, by: excludes) }
                let relatives = all.filter { !isExcluded($0, by: excludes) }
                var found = try group(
                    argument: argument, entries: relatives.map { ($0, absolute + "/" + $0) },
                    currentDirectory: currentDirectory, repositoryRoot: repositoryRoot)
                found.excluded = excluded.map { displayPath(absolute + "/" + $0, currentDirectory: currentDirectory) }
                groups.append(found)
            } else if !isExcluded(argument, by: excludes) {
                looseFiles.append((argument, absolute))
            }
        }
        if !looseFiles.isEmpty {
            let argument = looseFiles.map(\.relative).joined(separator: " ")
            groups.insert(
                try group(
                    argument: argument, entries: looseFiles, currentDirectory: currentDirectory,
                    repositoryRoot: repositoryRoot),
                at: 0)
        }
        return groups
    }

    private static func group(
        argument: String, entries: [(relative: String, absolute: String)], currentDirectory: String,
        repositoryRoot: String?
    ) throws(GateError) -> MigrationGroup {
        var layout = MigrationOrder.layout(of: entries.map(\.relative))
        var keyed: [(key: MigrationOrder.Key, absolute: String)] = []
        var ignored: [String] = []
        for entry in entries {
            if let key = MigrationOrder.key(entry.relative, layout: layout) {
                keyed.append((key, entry.absolute))
            } else {
                ignored.append(displayPath(entry.absolute, currentDirectory: currentDirectory))
            }
        }
        var files: [MigrationFile] = []
        for entry in keyed.sorted(by: { $0.key < $1.key }) {
            guard let data = FileManager.default.contents(atPath: entry.absolute) else {
                throw GateError(
                    .usage, "\(displayPath(entry.absolute, currentDirectory: currentDirectory)): cannot read")
            }
            let resolved = (entry.absolute as NSString).resolvingSymlinksInPath
            let path = displayPath(resolved, currentDirectory: currentDirectory)
            let sections = MigrationSections.upOnly([UInt8](data))
            if let marker = sections.marker, layout == .numbered || layout == .plain {
                layout = marker == .goose ? .goose : marker == .dbmate ? .dbmate : .liquibase
            }
            files.append(
                MigrationFile(
                    path: path, absolutePath: resolved,
                    repositoryPath: repositoryRoot.flatMap { relative(resolved, to: $0) } ?? path,
                    bytes: sections.bytes))
        }
        return MigrationGroup(argument: argument, layout: layout, files: files, ignored: ignored.sorted())
    }

    /// Whether an `--exclude` glob matches `path` (relative to the directory given, or as given).
    private static func isExcluded(_ path: String, by rules: [PathRule]) -> Bool {
        let bytes = ArraySlice(path.utf8)
        return rules.contains { $0.matches(bytes, isDirectory: false) }
    }

    /// `.sql` files under `directory`, relative to it, hidden files and directories skipped.
    private static func sqlFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = MigrationOrder.baseName(relative)
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if name.lowercased().hasSuffix(".sql") { found.append(relative) }
        }
        return found.sorted()
    }

    static func absolutePath(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        return (joined as NSString).standardizingPath
    }

    /// `path` relative to the current directory when it is under it, else as it is.
    static func displayPath(_ absolute: String, currentDirectory: String) -> String {
        relative(absolute, to: currentDirectory) ?? absolute
    }

    /// `path` relative to `root`, or nil when it is not under it.
    static func relative(_ path: String, to root: String) -> String? {
        let base = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : nil
    }
}
