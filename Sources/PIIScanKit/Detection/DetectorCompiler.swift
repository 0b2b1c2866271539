import PCRE2

/// Validates one `DetectorSpec` and compiles it into a `Detector`; every error points at the offending
/// field of the pattern file.
struct DetectorCompiler {
    let yaml: YAMLFile
    let index: Int
    let taxonomy: Taxonomy
    let dictionaries: [String: [String]]

    private static let detectorKeys: Set<String> = [
        "id", "type", "category", "pattern", "flags", "max_length", "confidence", "validate", "normalize", "mask",
        "trigger", "context", "locales", "examples", "field_boost",
    ]
    private static let triggerKeys: Set<String> = [
        "bytes", "digits", "hex", "upper", "words", "dictionary", "capitalized", "suffix", "before", "after",
    ]
    private static let clusterKeys: Set<String> = [
        "min", "separators", "gap", "runs", "letters", "followed_by", "compressed", "uniform", "max_run", "standalone",
    ]
    private static let flagOptions: [String: PCRE2CompileOptions] = [
        "caseless": .caseless, "multiline": .multiline, "dotall": .dotAll, "extended": .extended, "utf": .utf,
    ]
    /// Longest match a detector may declare: it bounds the chunk overlap and every window.
    static let maxAllowedLength = 4096

    private var base: [YAMLFile.PathComponent] { [.key("detectors"), .index(index)] }

    private func error(_ field: String, _ message: String) -> ConfigFileError {
        yaml.error(at: base + [.key(field)], message)
    }

    /// Rejects unknown keys in detector `index` (before decoding, so a misspelt required key is reported
    /// as unknown at its own line rather than as missing).
    static func checkKeys(_ yaml: YAMLFile, index: Int) throws(ConfigFileError) {
        let base: [YAMLFile.PathComponent] = [.key("detectors"), .index(index)]
        try yaml.checkKeys(at: base, allowed: detectorKeys)
        try yaml.checkKeys(at: base + [.key("trigger")], allowed: triggerKeys)
        try yaml.checkKeys(
            at: base + [.key("context")], allowed: ["window", "positive", "boost", "negative", "penalty", "identifies"])
        try yaml.checkKeys(at: base + [.key("examples")], allowed: ["match", "reject", "field"])
        for cluster in ["digits", "hex", "upper"] {
            try yaml.checkKeys(at: base + [.key("trigger"), .key(cluster)], allowed: clusterKeys)
        }
    }

    func compile(_ spec: DetectorSpec) throws(ConfigFileError) -> Detector {
        guard !spec.id.isEmpty, spec.id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            throw error("id", "an id is letters, digits, '_' and '-'")
        }
        guard taxonomy.contains(spec.category) else {
            throw error("category", "'\(spec.category)' is not a taxonomy key (Patterns/taxonomy.yaml)")
        }
        guard (0...1).contains(spec.confidence) else { throw error("confidence", "must be between 0 and 1") }
        if let boost = spec.fieldBoost, !(0...1).contains(boost) {
            throw error("field_boost", "must be between 0 and 1")
        }
        guard (1...Self.maxAllowedLength).contains(spec.maxLength) else {
            throw error("max_length", "must be between 1 and \(Self.maxAllowedLength)")
        }
        let validators = try (spec.validate ?? []).map { (name) throws(ConfigFileError) -> any Validator in
            guard let validator = ValidatorRegistry.all[name] else {
                let known = ValidatorRegistry.all.keys.sorted().joined(separator: ", ")
                throw error("validate", "unknown validator '\(name)' (known: \(known))")
            }
            return validator
        }
        guard let normalize = NormalizeStyle(rawValue: spec.normalize ?? "none") else {
            throw error("normalize", "must be one of digits, alnum_upper, lower, none")
        }
        guard let mask = MaskStyle(rawValue: spec.mask ?? "partial") else {
            throw error("mask", "must be one of email, last4, initial, partial")
        }
        return Detector(
            id: spec.id, type: spec.type, category: spec.category, patternSource: spec.pattern,
            pattern: try compilePattern(spec), maxLength: spec.maxLength, baseConfidence: spec.confidence,
            validators: validators, normalize: normalize, mask: mask, trigger: try compileTrigger(spec.trigger),
            context: ContextRule(spec.context), locales: spec.locales ?? [], examples: spec.examples,
            sourceFile: yaml.name, fieldBoost: spec.fieldBoost)
    }

    private func compilePattern(_ spec: DetectorSpec) throws(ConfigFileError) -> PCRE2Pattern {
        var options: PCRE2CompileOptions = .useOffsetLimit
        for flag in spec.flags ?? [] {
            guard let option = Self.flagOptions[flag] else {
                throw error(
                    "flags", "unknown flag '\(flag)' (known: \(Self.flagOptions.keys.sorted().joined(separator: ", ")))"
                )
            }
            options.insert(option)
        }
        if let unbounded = UnboundedQuantifierCheck.firstUnbounded(in: spec.pattern) {
            throw error(
                "pattern",
                "unbounded quantifier at offset \(unbounded): use {m,n} so matches stay within max_length")
        }
        if let nested = NestedQuantifierCheck.firstExcessive(in: spec.pattern) {
            let limit =
                nested.delimited
                ? "\(NestedQuantifierCheck.delimitedLimit)"
                : "\(NestedQuantifierCheck.undelimitedLimit) for repetitions not ended by a literal byte"
            throw error(
                "pattern",
                "nested quantifiers at offset \(nested.offset): a group repeated up to \(nested.outerMaximum) times "
                    + "holds a repetition of up to \(nested.innerMaximum) (product \(nested.product), over the limit "
                    + "of \(limit)), so backtracking can try every way of cutting a long run into pieces; use one "
                    + "quantifier such as {1,60}, or end each repetition with a literal byte")
        }
        do {
            return try PCRE2Pattern(spec.pattern, options: options)
        } catch {
            throw self.error("pattern", "does not compile at offset \(error.patternOffset ?? 0): \(error.message)")
        }
    }

    private func compileTrigger(_ spec: TriggerSpec) throws(ConfigFileError) -> Trigger {
        var kinds: [Trigger.Kind] = []
        if let bytes = spec.bytes {
            guard !bytes.isEmpty else { throw error("trigger", "bytes must not be empty") }
            kinds.append(.bytes(ByteTable(bytes: bytes.utf8)))
        }
        for (name, cluster, cls) in [
            ("digits", spec.digits, ClusterClass.digits), ("hex", spec.hex, .hex), ("upper", spec.upper, .upper),
        ] {
            guard let cluster else { continue }
            guard cluster.min >= 1 else { throw error("trigger", "\(name).min must be at least 1") }
            let separators = Array(Set((cluster.separators ?? "").utf8)).sorted()
            if separators.contains(where: { cls.table[$0] }) {
                throw error("trigger", "\(name).separators must not contain \(name) characters")
            }
            if let maxRun = cluster.maxRun, maxRun < 1 {
                throw error("trigger", "\(name).max_run must be at least 1")
            }
            let key = ClusterKey(
                byteClass: cls, separators: separators, gap: max(1, cluster.gap ?? 1),
                minimumRuns: max(1, cluster.runs ?? 1), minimumLetters: max(0, cluster.letters ?? 0),
                followedBy: cluster.followedBy.map { Array(Set($0.utf8)).sorted() } ?? [],
                compressed: cluster.compressed ?? false, uniform: cluster.uniform ?? false,
                maximumRun: cluster.maxRun ?? Int.max, standalone: cluster.standalone ?? false)
            kinds.append(.cluster(key, minimum: cluster.min))
        }
        if spec.words != nil || spec.dictionary != nil {
            var words = spec.words ?? []
            if let name = spec.dictionary {
                guard let dictionary = dictionaries[name] else {
                    throw error(
                        "trigger",
                        "unknown dictionary '\(name)' (names.yaml has: \(dictionaries.keys.sorted().joined(separator: ", ")))"
                    )
                }
                words += dictionary
            }
            if let phrase = words.first(where: { $0.contains(" ") || $0.isEmpty }) {
                throw error("trigger", "trigger words are single words; '\(phrase)' is not (put phrases in context)")
            }
            kinds.append(
                .words(WordGroupKey(words: words, capitalized: spec.capitalized ?? false, suffix: spec.suffix ?? false))
            )
        }
        guard kinds.count == 1, let kind = kinds.first else {
            throw error("trigger", "give exactly one of bytes, digits, hex, upper, words/dictionary")
        }
        return Trigger(kind: kind, before: max(0, spec.before ?? 0), after: max(0, spec.after ?? 0))
    }
}
