/// Detects the layout of a set of `.sql` paths (relative to their directory) and orders them as the
/// framework applies them.
enum MigrationOrder {
    /// A path's place in the order: compared part by part, numbers as numbers.
    struct Key: Comparable {
        /// 0 versioned, 1 repeatable (Flyway applies repeatables after every versioned migration).
        var phase: Int
        var version: [String]
        var name: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.phase != rhs.phase { return lhs.phase < rhs.phase }
            let versionOrder = MigrationOrder.compareVersions(lhs.version, rhs.version)
            if versionOrder != 0 { return versionOrder < 0 }
            return Array(lhs.name.utf8).lexicographicallyPrecedes(Array(rhs.name.utf8))
        }
    }

    /// The layout of `paths`: Prisma, Flyway, Diesel and golang-migrate by their file names, a lone
    /// `structure.sql` as a schema dump, else numbered when every file name starts with a number, else plain.
    /// (goose, dbmate and Liquibase are told by their files' markers: `MigrationDiscovery`.)
    static func layout(of paths: [String]) -> MigrationLayout {
        let names = paths.map(baseName).filter { !isDown($0) }
        if paths.contains(where: isPrisma) { return .prisma }
        if names.contains(where: { flywayVersion($0) != nil }) { return .flyway }
        if paths.contains(where: isDieselUp) { return .diesel }
        if names.contains(where: { $0.hasSuffix(".up.sql") && leadingNumber($0) != nil }) { return .golangMigrate }
        if names == ["structure.sql"] { return .structureDump }
        if !names.isEmpty && names.allSatisfy({ leadingNumber($0) != nil }) { return .numbered }
        return .plain
    }

    /// A down migration, which no layout applies: `down.sql`, `*.down.sql`.
    static func isDown(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered == "down.sql" || lowered.hasSuffix(".down.sql")
    }

    /// The order key of `path` under `layout`, or nil when the layout does not apply that file.
    static func key(_ path: String, layout: MigrationLayout) -> Key? {
        let name = baseName(path)
        if isDown(name) { return nil }
        switch layout {
        case .flyway:
            if let version = flywayVersion(name) { return Key(phase: 0, version: version, name: name) }
            if name.hasPrefix("R__") { return Key(phase: 1, version: [], name: name) }
            return nil
        case .golangMigrate:
            guard name.hasSuffix(".up.sql"), let number = leadingNumber(name) else { return nil }
            return Key(phase: 0, version: [number], name: name)
        case .prisma:
            guard isPrisma(path) else { return nil }
            let directory = baseName(String(path.dropLast("/migration.sql".count)))
            return Key(phase: 0, version: [], name: directory)
        case .diesel:
            guard isDieselUp(path) else { return nil }
            return Key(phase: 0, version: [], name: baseName(String(path.dropLast("/up.sql".count))))
        case .numbered, .goose, .dbmate:
            return Key(phase: 0, version: leadingNumber(name).map { [$0] } ?? [], name: name)
        case .plain, .liquibase, .structureDump:
            return Key(phase: 0, version: [], name: path)
        }
    }

    /// `V2_1__add.sql` → ["2", "1"]; nil for any other name.
    static func flywayVersion(_ name: String) -> [String]? {
        guard name.hasPrefix("V"), let separator = name.range(of: "__") else { return nil }
        let version = name[name.index(after: name.startIndex)..<separator.lowerBound]
        let parts = version.split(whereSeparator: { $0 == "." || $0 == "_" }).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
        return parts
    }

    /// The digits a name starts with, when a separator (`_`, `-`, `.`) follows them.
    static func leadingNumber(_ name: String) -> String? {
        let digits = name.prefix(while: isDigit)
        guard !digits.isEmpty, let next = name.dropFirst(digits.count).first, "_-.".contains(next) else {
            return nil
        }
        return String(digits)
    }

    /// Compares two versions part by part as whole numbers of any length; missing parts count as 0.
    static func compareVersions(_ lhs: [String], _ rhs: [String]) -> Int {
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? trimZeros(lhs[index]) : ""
            let right = index < rhs.count ? trimZeros(rhs[index]) : ""
            if left.count != right.count { return left.count < right.count ? -1 : 1 }
            if left != right { return left < right ? -1 : 1 }
        }
        return 0
    }

    private static func trimZeros(_ digits: String) -> String {
        String(digits.drop(while: { $0 == "0" }))
    }

    private static func isDieselUp(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count >= 2 && parts.last == "up.sql"
    }

    private static func isPrisma(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, parts.last == "migration.sql" else { return false }
        return parts[parts.count - 2].first.map(isDigit) ?? false
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
