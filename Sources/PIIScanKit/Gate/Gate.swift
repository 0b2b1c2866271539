import Foundation

/// `piiscan gate`: reads each set of migrations in its dialect (PostgreSQL through PostgreSQL's own parser,
/// SQLite applied to an in-memory SQLite, or everything applied on a `--scratch` server), follows every column
/// to the file, line and column that made it, classifies the columns of the checked files with the database
/// scan's heuristics, and checks them against the RoPA (`GateChecker`).
public enum Gate {
    public static func run(_ request: GateRequest) throws(GateError) -> GateResult {
        let currentDirectory = (request.currentDirectory as NSString).resolvingSymlinksInPath
        let repository = GitRepository.containing(currentDirectory)
        var groups = try MigrationDiscovery.discover(
            request.migrationPaths, excluding: request.excludeGlobs, currentDirectory: currentDirectory,
            repositoryRoot: repository?.root)
        let files = groups.flatMap(\.files)
        guard !files.isEmpty else {
            throw GateError(.usage, "no migration files (*.sql) in \(request.migrationPaths.joined(separator: ", "))")
        }
        for index in groups.indices {
            let decided = GateDialect.decide(for: groups[index], requested: request.dialect, scratch: request.scratch)
            groups[index].dialect = decided.dialect
            groups[index].dialectEvidence = decided.evidence
        }
        do {
            return try check(groups, request, currentDirectory: currentDirectory, repository: repository)
        } catch {
            var error = error
            error.context = GateWording.groupLines(groups)
            throw error
        }
    }

    private static func check(
        _ groups: [MigrationGroup], _ request: GateRequest, currentDirectory: String, repository: GitRepository?
    ) throws(GateError) -> GateResult {
        let files = groups.flatMap(\.files)
        let (taxonomy, document, catalog) = try loadConfiguration(request)
        let ownership = try GateOwnership(document: document, systemID: request.systemID)
        let baseline = try request.baselinePath.map { path throws(GateError) in
            try GateBaseline.load(
                path: MigrationDiscovery.absolutePath(path, from: request.currentDirectory), displayName: path)
        }
        let checked = try checkedFiles(files, base: request.base, repository: repository)

        let applied = try read(groups, scratch: request.scratch)

        let comments = Dictionary(
            files.map { ($0.absolutePath, LineComments($0)) }, uniquingKeysWith: { first, _ in first })
        let columns = applied.columns.filter { checked.contains($0.origin.file.absolutePath) }.map { column in
            withLineComment(column, comments: comments)
        }
        let checker = GateChecker(
            reconciler: Reconciler(document: document, taxonomy: taxonomy, minConfidence: request.minConfidence),
            taxonomy: taxonomy, ownership: ownership,
            classifier: GateClassifier(
                catalog: catalog, minConfidence: request.minConfidence, schema: applied.columns),
            // Reports leave out the schema unqualified names land in: SQLite's `main`, PostgreSQL's `public`.
            baseline: Set(baseline?.entries ?? []), triage: request.triage, source: applied.source,
            defaultSchemas: ["main", "public"])
        let (findings, warnings) = try checker.check(columns, comments: comments)
        let order = ApplyOrder(files)
        return GateResult(
            groups: groups, database: applied.reader, statementsApplied: applied.statements,
            columns: columns, checkedFiles: files.filter { checked.contains($0.absolutePath) }.map(\.path),
            findings: findings.sorted { order.precedes($0, $1) },
            warnings: warnings.sorted { order.key($0.origin).lexicographicallyPrecedes(order.key($1.origin)) })
    }

    /// A column without a catalog comment takes a plain `--` comment on its line (SQLite has no comments).
    private static func withLineComment(_ column: TrackedColumn, comments: [String: LineComments]) -> TrackedColumn {
        guard column.comment == nil else { return column }
        var column = column
        column.comment = InlineDirective.plainComment(
            in: comments[column.origin.file.absolutePath]?.on(line: column.origin.line) ?? [])
        return column
    }

    /// Report order: by file in the order applied, then line and column, then category.
    private struct ApplyOrder {
        let fileIndex: [String: Int]

        init(_ files: [MigrationFile]) {
            fileIndex = Dictionary(
                files.enumerated().map { ($1.absolutePath, $0) }, uniquingKeysWith: { first, _ in first })
        }

        func key(_ origin: ColumnOrigin) -> [Int] {
            [fileIndex[origin.file.absolutePath] ?? 0, origin.line, origin.column]
        }

        func precedes(_ lhs: GateFinding, _ rhs: GateFinding) -> Bool {
            let left = key(lhs.column.origin)
            let right = key(rhs.column.origin)
            return left != right ? left.lexicographicallyPrecedes(right) : lhs.category < rhs.category
        }
    }

    private static func loadConfiguration(
        _ request: GateRequest
    ) throws(GateError) -> (Taxonomy, RoPADocument, Catalog) {
        do {
            let taxonomy = try CatalogLoader.loadTaxonomy()
            let ropaPath = MigrationDiscovery.absolutePath(request.ropaPath, from: request.currentDirectory)
            guard let data = FileManager.default.contents(atPath: ropaPath) else {
                throw ConfigFileError(file: request.ropaPath, message: "cannot read the RoPA file")
            }
            let document = try RoPALoader.load(name: request.ropaPath, bytes: [UInt8](data), taxonomy: taxonomy)
            return (taxonomy, document, try CatalogLoader.load(request.catalogOptions))
        } catch {
            throw GateError(.usage, "\(error)")
        }
    }

    /// The absolute paths of the files whose columns are checked: all, or those added since `base`.
    private static func checkedFiles(
        _ files: [MigrationFile], base: String?, repository: GitRepository?
    ) throws(GateError) -> Set<String> {
        guard let base else { return Set(files.map(\.absolutePath)) }
        guard let repository else {
            throw GateError(.usage, "--base needs the current directory to be in a git repository")
        }
        return try repository.filesAdded(since: base)
    }

    /// What reading the migrations gave: the final schema's columns, the statement count, and what read them.
    private struct ReadSchema {
        var columns: [TrackedColumn] = []
        var statements = 0
        var reader = ""
        var source = SourceKind.sqlite
    }

    /// Applies every set on the `--scratch` server, else reads each set in its own dialect: PostgreSQL sets
    /// through the parser, SQLite sets on an in-memory SQLite of their own.
    private static func read(_ groups: [MigrationGroup], scratch: String?) throws(GateError) -> ReadSchema {
        if let scratch {
            let database = try openScratch(scratch)
            defer { database.discard() }
            let applied = try MigrationApplier(database: database).apply(groups.flatMap(\.files))
            return ReadSchema(
                columns: applied.columns, statements: applied.statements, reader: database.displayName,
                source: database.source)
        }
        var result = ReadSchema()
        var readers: [String] = []
        for group in groups where !group.files.isEmpty {
            let applied: (columns: [TrackedColumn], statements: Int)
            switch group.dialect {
            case .postgres:
                applied = try PostgresMigrationReader().read(group.files)
                result.source = .postgres
                readers.append(PostgresMigrationReader.displayName)
            case .sqlite:
                let database = try openScratch(nil)
                defer { database.discard() }
                applied = try MigrationApplier(database: database).apply(group.files)
                readers.append(database.displayName)
            }
            result.columns += applied.columns
            result.statements += applied.statements
        }
        result.reader = readers.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .joined(separator: " and ")
        return result
    }

    private static func openScratch(_ target: String?) throws(GateError) -> any ScratchDatabase {
        do {
            if let target { return try PostgresScratch(target: target) }
            return try SQLiteScratch()
        } catch {
            throw GateError(.incomplete, error.message)
        }
    }
}
