/// Maps a finding to the declared system whose `locations` claim it.
///
/// File findings match `path:` globs (gitignore-style, relative to the scan root as finding paths are; a glob
/// that names a directory also claims everything under it). Column findings match `store` locators compared
/// without credentials (scheme, host, port, database; SQLite paths normalised), then the optional
/// `schema.table` globs. When several locations match, the most specific wins (the one with most literal
/// characters; a store narrowed by tables beats the whole store), then the first declared.
public struct SystemResolver {
    /// One location of one system, prepared for matching.
    private enum Matcher {
        case path(GlobPattern, literals: Int)
        case store(StoreLocator?, raw: String, tables: [GlobPattern])
    }

    private let candidates: [(system: RoPASystem, matcher: Matcher)]

    public init(document: RoPADocument) {
        candidates = document.systems.flatMap { system in
            system.locations.map { location in (system, Self.matcher(for: location)) }
        }
    }

    /// The system that claims `finding`'s location, or nil when none does (a shadow store).
    public func system(for finding: Finding) -> RoPASystem? {
        var best: (system: RoPASystem, score: Int)?
        for candidate in candidates {
            guard let score = Self.score(candidate.matcher, finding.location) else { continue }
            if best == nil || score > best!.score { best = (candidate.system, score) }
        }
        return best?.system
    }

    /// Whether some location claims the file at `location` (only `.file` locations are claimed this way).
    func claims(_ location: ViolationLocation) -> Bool {
        guard case .file(let path) = location else { return false }
        let probe = Location.file(FileLocation(path: path, line: 1, column: 1, start: 0, end: 0))
        return candidates.contains { Self.score($0.matcher, probe) != nil }
    }

    private static func matcher(for location: RoPALocation) -> Matcher {
        switch location {
        case .path(let glob):
            var pattern = glob.hasPrefix("./") ? String(glob.dropFirst(2)) : glob
            while pattern.count > 1 && pattern.hasSuffix("/") { pattern.removeLast() }
            return .path(GlobPattern(pattern), literals: literalCount(pattern))
        case .store(let locator, let tables):
            return .store(StoreLocator(locator), raw: locator, tables: tables.map { GlobPattern($0) })
        }
    }

    /// How specifically `matcher` claims `location`, or nil when it does not.
    private static func score(_ matcher: Matcher, _ location: Location) -> Int? {
        switch (matcher, location) {
        case (.path(let glob, let literals), .file(let file)):
            let path = file.diskPath.hasPrefix("./") ? String(file.diskPath.dropFirst(2)) : file.diskPath
            return glob.matchesPathOrParent(path) ? literals : nil
        case (.store(let locator, let raw, let tables), .column(let column)):
            let found = StoreLocator(column.store)
            guard locator.map({ $0 == found }) ?? (raw == column.store) else { return nil }
            if tables.isEmpty { return 0 }
            let qualified = Array("\(column.schema).\(column.table)".utf8)
            let matching = tables.filter { $0.matches(qualified) }
            return matching.map { 1 + literalCount(String(decoding: $0.bytes, as: UTF8.self)) }.max()
        default:
            return nil
        }
    }

    /// Characters of a glob that are not wildcards: the more, the more specific.
    private static func literalCount(_ pattern: String) -> Int {
        pattern.utf8.count { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "?") }
    }
}
