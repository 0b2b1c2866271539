/// What to load into a catalog: bundled files plus `--patterns` directories, minus `--disable`d detectors,
/// restricted to `--only` types and `--locale` regions.
public struct CatalogOptions: Sendable {
    /// Directories whose `*.yaml`/`*.yml` files are added to the bundled ones.
    public var patternDirectories: [String] = []
    /// Individual pattern files added to the bundled ones (`patterns test FILE`).
    public var patternFiles: [String] = []
    /// Whether the bundled detector files are loaded.
    public var includeBundled = true
    /// Detector and column rule ids to leave out, and types whose every detector and rule is left out.
    public var disabled: Set<String> = []
    /// When non-empty, only detectors of these types.
    public var onlyTypes: Set<String> = []
    /// When non-empty, region-specific detectors only for these locales (global detectors always stay).
    public var locales: Set<String> = []
    public init() {}
}
