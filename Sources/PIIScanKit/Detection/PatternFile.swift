/// The Codable shape of a pattern file (`Patterns/*.yaml`, `--patterns DIR`): the contract of DESIGN §3.3,
/// extended with `trigger` (prefilter), `max_length`, `normalize`, `mask` and `flags`.
public struct PatternFile: Sendable, Codable, Hashable {
    public var detectors: [DetectorSpec]

    public init(detectors: [DetectorSpec]) {
        self.detectors = detectors
    }
}

/// One detector as written in a pattern file.
public struct DetectorSpec: Sendable, Codable, Hashable {
    /// Unique across all loaded files, e.g. `credit_card`.
    public var id: String
    /// The PII type reported in findings, e.g. `credit_card`; several detectors may share a type.
    public var type: String
    /// Taxonomy key, e.g. `user.financial.credit_card`.
    public var category: String
    /// PCRE2 pattern, matched on bytes (no UTF mode unless `flags` says `utf`).
    public var pattern: String
    /// PCRE2 flags: `caseless`, `multiline`, `dotall`, `extended`, `utf`.
    public var flags: [String]?
    /// Longest possible match in bytes; required, it bounds chunk overlaps and windows.
    public var maxLength: Int
    /// Base confidence, 0 to 1, before context and validators.
    public var confidence: Double
    /// Validator names, run in order on each regex match (`luhn`, `iban_mod97`, ...).
    public var validate: [String]?
    /// How the value is normalised before fingerprinting: `digits`, `alnum_upper`, `lower`, `none` (default).
    public var normalize: String?
    /// How evidence is masked: `email`, `last4`, `initial`, `partial` (default).
    public var mask: String?
    /// The cheap necessary condition the prefilter looks for before the regex runs.
    public var trigger: TriggerSpec
    /// Words near the match that raise or lower confidence.
    public var context: ContextSpec?
    /// Region codes (`us`, `uk`, `de`...) for region-specific detectors; absent means global.
    public var locales: [String]?
    /// Examples the test suite and `piiscan patterns test` run.
    public var examples: ExamplesSpec?
    /// Added to the confidence when a CSV column or JSON key names this detector's type (default 0.2): a
    /// detector that only makes sense in such a field (a bare date under `date_of_birth`) sets a low
    /// `confidence` and a high `field_boost`.
    public var fieldBoost: Double?

    enum CodingKeys: String, CodingKey {
        case id, type, category, pattern, flags, confidence, validate, normalize, mask, trigger, context
        case locales, examples
        case maxLength = "max_length"
        case fieldBoost = "field_boost"
    }
}

/// The prefilter trigger of a detector: exactly one of `bytes`, `digits`, `hex`, `upper` or `words`.
///
/// A trigger must be a necessary condition for every match of the pattern: a test compares prefiltered
/// results with a naive full pass.
public struct TriggerSpec: Sendable, Codable, Hashable {
    /// Any one of these bytes (e.g. `@`).
    public var bytes: String?
    /// A cluster of ASCII digits.
    public var digits: ClusterSpec?
    /// A cluster of ASCII hex digits.
    public var hex: ClusterSpec?
    /// A cluster of ASCII uppercase letters and digits (e.g. `AB123456C`).
    public var upper: ClusterSpec?
    /// Whole words, ASCII case-insensitive (`words`), or the name of a dictionary: `street_types` (`names.yaml`),
    /// `given_names` (the name lexicon's given names that are no common word).
    public var words: [String]?
    public var dictionary: String?
    /// With `words`/`dictionary`: only words that start with an uppercase letter.
    public var capitalized: Bool?
    /// With `words`: also a word that ends with one of the words (German compounds: `Hauptstraße`).
    public var suffix: Bool?
    /// How many bytes before the trigger's start a match may start (default 0).
    public var before: Int?
    /// How many bytes after the trigger's end a match may still start (default 0).
    public var after: Int?
}

/// A run of class bytes (digits, hex digits, uppercase+digits) where consecutive runs may be joined by
/// up to `gap` separator bytes; it triggers when it holds at least `min` class bytes (and, when given, at
/// least `runs` runs and `letters` letters: `A-Z` for `upper`, `a-f` for `hex`; see `followedBy`, `compressed`).
public struct ClusterSpec: Sendable, Codable, Hashable {
    public var min: Int
    /// Bytes allowed between runs (e.g. `" -."`); default none.
    public var separators: String?
    /// Most separator bytes between two runs (default 1).
    public var gap: Int?
    /// Fewest runs the cluster must join (default 1): an IPv4 address is 4 runs.
    public var runs: Int?
    /// Fewest letters the cluster must hold (default 0): a Spanish NIE holds 2.
    public var letters: Int?
    /// Bytes one of which must follow the cluster (default: any): a Spanish DNI's digits are followed by `-` or
    /// its letter.
    public var followedBy: String?
    /// Waives `runs` when the cluster contains, starts after or ends before `gap` separators in a row: an IPv6
    /// address is 8 groups, or fewer around a `::`.
    public var compressed: Bool?
    /// One separator byte throughout (a backreference such as `([ -])…\1` in the pattern): where the separator
    /// changes, as in the timestamp `2024-01-02 07:16`, a new cluster begins.
    public var uniform: Bool?
    /// Longest run the cluster may hold (default: any): a MAC address's groups are 2 or 4 hex digits, a UUID's 8
    /// and 12. Right only when no match holds a longer run and the pattern's look-arounds make every match a
    /// whole cluster.
    public var maxRun: Int?
    /// Whether the pattern never starts a match right after an ASCII letter, nor right after one of `separators`
    /// that follows a class byte (its look-behind rejects both, as `(?<![0-9A-Za-z.-])(?<![0-9] )` does): then a
    /// cluster glued to a word, such as the digits of a UUID, is dismissed.
    public var standalone: Bool?

    enum CodingKeys: String, CodingKey {
        case min, separators, gap, runs, letters, compressed, uniform, standalone
        case followedBy = "followed_by"
        case maxRun = "max_run"
    }
}

/// Context words searched (ASCII case-insensitive, whole words) within `window` bytes on each side.
public struct ContextSpec: Sendable, Codable, Hashable {
    public var window: Int?
    /// Words that raise confidence by `boost` (default 0.2).
    public var positive: [String]?
    public var boost: Double?
    /// Words that lower confidence by `penalty` (default 0.4).
    public var negative: [String]?
    public var penalty: Double?
    /// Words that make a value of a private-use range (an RFC 1918 address) identify someone's device (`dhcp`,
    /// `lease`, `client`): near them it keeps its confidence instead of the placeholder level.
    public var identifies: [String]?
}

/// Examples: each `match` string must yield a finding of this detector at or above the default threshold
/// (with `«…»` around the exact expected span, when marked); each `reject` string must not.
public struct ExamplesSpec: Sendable, Codable, Hashable {
    public var match: [String]?
    public var reject: [String]?
    /// Evaluate the examples as values under this CSV column or JSON key (its `field_boost` applies when the
    /// name means the detector's type in `Patterns/columns.yaml`).
    public var field: String?
}
