/// The pattern files shipped inside the binary, as (file name, bytes) pairs in a fixed order.
///
/// Every `*.yaml` in this folder must be listed here and in `Package.swift`; `ArchitectureTests` checks it.
public enum BundledPatterns {
    /// Detector files, loaded by `CatalogLoader` in this order.
    public static let detectorFiles: [(name: String, bytes: [UInt8])] = [
        ("contact.yaml", PackageResources.contact_yaml),
        ("financial.yaml", PackageResources.financial_yaml),
        ("network.yaml", PackageResources.network_yaml),
        ("personal.yaml", PackageResources.personal_yaml),
        ("gov-id-us.yaml", PackageResources.gov_id_us_yaml),
        ("gov-id-uk.yaml", PackageResources.gov_id_uk_yaml),
        ("gov-id-eu.yaml", PackageResources.gov_id_eu_yaml),
        ("gov-id-other.yaml", PackageResources.gov_id_other_yaml),
    ]
    /// Category tree (DESIGN §3.4).
    public static var taxonomy: [UInt8] { PackageResources.taxonomy_yaml }
    /// Column-name heuristics and decoy names.
    public static var columns: [UInt8] { PackageResources.columns_yaml }
    /// Word dictionaries (street types) that `dictionary` triggers use; `given_names` comes from the name lexicon.
    public static var names: [UInt8] { PackageResources.names_yaml }
}
