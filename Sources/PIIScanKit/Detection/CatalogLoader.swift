import BundledPatterns
import Foundation

/// Loads pattern files (bundled and the user's) into a `Catalog`, validating every field with errors that
/// name file, line and field: unknown keys, duplicate ids, unknown categories or validators, unbounded or
/// invalid patterns, malformed triggers.
public enum CatalogLoader {
    /// The bundled catalog with every detector.
    public static func loadBundled() throws(ConfigFileError) -> Catalog {
        try load(CatalogOptions())
    }

    /// Loads the catalog `options` describe.
    public static func load(_ options: CatalogOptions) throws(ConfigFileError) -> Catalog {
        var files: [(name: String, bytes: [UInt8])] = options.includeBundled ? BundledPatterns.detectorFiles : []
        for directory in options.patternDirectories { files += try readDirectory(directory) }
        for path in options.patternFiles { files.append((path, try readFile(path))) }
        return try load(files: files, options: options)
    }

    /// Compiles pattern files already read into memory (`name` is what errors show) into a catalog. The bundled
    /// `columns.yaml` always comes first, like the taxonomy: its rules and word lists name the fields that
    /// every file's detectors and column rules are read with.
    static func load(files: [(name: String, bytes: [UInt8])], options: CatalogOptions) throws(ConfigFileError)
        -> Catalog
    {
        let taxonomy = try loadTaxonomy()
        let dictionaries = try loadDictionaries()
        var detectors: [Detector] = []
        var seen: [String: String] = [:]
        var separatorsByClass: [ClusterClass: Set<UInt8>] = [:]
        var keysByClass: [ClusterClass: Set<ClusterKey>] = [:]
        var columnFiles: [ColumnRuleFile] = []
        var columnRules: [ColumnRule] = []
        let bundledColumns = (name: "columns.yaml", bytes: BundledPatterns.columns)
        // The bundled columns.yaml given again (`patterns test Patterns/columns.yaml`) is the same file, not a copy.
        for file in [bundledColumns] + files.filter({ $0.bytes != bundledColumns.bytes }) {
            let yaml = try YAMLFile(name: file.name, bytes: file.bytes)
            try yaml.checkKeys(at: [], allowed: ColumnRuleCompiler.fileKeys.union(["detectors"]))
            let columns = ColumnRuleCompiler(yaml: yaml, taxonomy: taxonomy)
            let columnFile = try columns.decode()
            columnFiles.append(columnFile)
            for (index, rule) in try columns.compile(columnFile).enumerated() {
                if let earlier = seen[rule.id] {
                    throw yaml.error(
                        at: [.key("columns"), .index(index), .key("id")],
                        "duplicate rule id '\(rule.id)' (also defined in \(earlier))")
                }
                seen[rule.id] = file.name
                columnRules.append(rule)
            }
            for index in 0..<yaml.count(at: [.key("detectors")]) {
                try DetectorCompiler.checkKeys(yaml, index: index)
            }
            guard yaml.has(key: "detectors") else { continue }
            let patternFile = try yaml.decode(PatternFile.self)
            for (index, spec) in patternFile.detectors.enumerated() {
                let compiler = DetectorCompiler(
                    yaml: yaml, index: index, taxonomy: taxonomy, dictionaries: dictionaries)
                let detector = try compiler.compile(spec)
                if let earlier = seen[spec.id] {
                    throw yaml.error(
                        at: [.key("detectors"), .index(index), .key("id")],
                        "duplicate detector id '\(spec.id)' (also defined in \(earlier))")
                }
                seen[spec.id] = file.name
                if case .cluster(let key, _) = detector.trigger.kind {
                    separatorsByClass[key.byteClass, default: []].formUnion(key.separators)
                    if separatorsByClass[key.byteClass]!.count > Prefilter.maximumSeparatorsPerClass {
                        throw yaml.error(
                            at: [.key("detectors"), .index(index), .key("trigger")],
                            "the \(key.byteClass.rawValue) triggers of all pattern files use more than "
                                + "\(Prefilter.maximumSeparatorsPerClass) different separator bytes")
                    }
                    keysByClass[key.byteClass, default: []].insert(key)
                    if keysByClass[key.byteClass]!.count > ClusterGroupIndex.maximumGroups {
                        throw yaml.error(
                            at: [.key("detectors"), .index(index), .key("trigger")],
                            "the \(key.byteClass.rawValue) triggers of all pattern files set more than "
                                + "\(ClusterGroupIndex.maximumGroups) different cluster conditions (detectors "
                                + "whose triggers differ only in `min` share one)")
                    }
                }
                detectors.append(detector)
            }
        }
        try checkSelection(options, detectors: detectors, columnRules: columnRules)
        let selected = detectors.filter { detector in
            !options.disabled.contains(detector.id) && !options.disabled.contains(detector.type)
                && (options.onlyTypes.isEmpty || options.onlyTypes.contains(detector.type))
                && (options.locales.isEmpty || detector.locales.isEmpty
                    || !options.locales.isDisjoint(with: detector.locales))
        }
        let selectedRules = columnRules.filter { rule in
            !options.disabled.contains(rule.id) && !options.disabled.contains(rule.type)
                && (options.onlyTypes.isEmpty || options.onlyTypes.contains(rule.type))
        }
        return Catalog(
            detectors: selected, taxonomy: taxonomy, columnRules: ColumnRules(rules: selectedRules, files: columnFiles))
    }

    /// The bundled taxonomy.
    public static func loadTaxonomy() throws(ConfigFileError) -> Taxonomy {
        struct File: Codable { var categories: [Taxonomy.Category] }
        let yaml = try YAMLFile(name: "taxonomy.yaml", bytes: BundledPatterns.taxonomy)
        return Taxonomy(categories: try yaml.decode(File.self).categories)
    }

    /// The word lists of `dictionary:` triggers: those of `names.yaml` and the name lexicon's `given_names`.
    static func loadDictionaries() throws(ConfigFileError) -> [String: [String]] {
        struct File: Codable { var dictionaries: [String: [String]] }
        var dictionaries = try YAMLFile(name: "names.yaml", bytes: BundledPatterns.names).decode(File.self).dictionaries
        dictionaries["given_names"] = NameLexicon.givenNamesForTriggers()
        return dictionaries
    }

    /// `--disable`, `--only` and `--locale` values must name something that exists: a typo is an error.
    private static func checkSelection(
        _ options: CatalogOptions, detectors: [Detector], columnRules: [ColumnRule]
    ) throws(ConfigFileError) {
        let ids = Set(detectors.map(\.id) + columnRules.map(\.id))
        let types = Set(detectors.map(\.type) + columnRules.map(\.type))
        let locales = Set(detectors.flatMap(\.locales))
        if let unknown = options.disabled.subtracting(ids).subtracting(types).sorted().first {
            throw ConfigFileError(
                file: "--disable", message: "no detector or column rule has the id or type '\(unknown)'")
        }
        if let unknown = options.onlyTypes.subtracting(types).sorted().first {
            throw ConfigFileError(
                file: "--only",
                message:
                    "no detector or column rule has the type '\(unknown)' (types: \(types.sorted().joined(separator: ", ")))"
            )
        }
        if let unknown = options.locales.subtracting(locales).sorted().first {
            throw ConfigFileError(
                file: "--locale",
                message:
                    "no detector is specific to '\(unknown)' (locales: \(locales.sorted().joined(separator: ", ")))")
        }
    }

    private static func readDirectory(_ directory: String) throws(ConfigFileError) -> [(String, [UInt8])] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ConfigFileError(file: directory, message: "cannot read the pattern directory")
        }
        var files: [(String, [UInt8])] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(name)
            files.append((path, try readFile(path)))
        }
        return files
    }

    private static func readFile(_ path: String) throws(ConfigFileError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigFileError(file: path, message: "cannot read the pattern file")
        }
        return [UInt8](data)
    }
}
