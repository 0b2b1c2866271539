@testable import PIIScanKit

/// The RoPA loader: any bytes load or fail with a `ConfigFileError`, never a crash.
struct RoPALoaderTarget: FuzzTarget {
    private static let taxonomy = try! CatalogLoader.loadTaxonomy()

    func run(_ input: [UInt8]) {
        _ = try? RoPALoader.load(name: "ropa.yaml", bytes: input, taxonomy: Self.taxonomy)
    }
}

/// The pattern-file loader, on a user pattern file alone (no bundled detectors): loads or fails with a
/// `ConfigFileError`.
struct PatternLoaderTarget: FuzzTarget {
    func run(_ input: [UInt8]) {
        var options = CatalogOptions()
        options.includeBundled = false
        _ = try? CatalogLoader.load(files: [("patterns.yaml", input)], options: options)
    }
}

/// Every validator on the same bytes: each answers, whatever the bytes.
struct ValidatorsTarget: FuzzTarget {
    func run(_ input: [UInt8]) {
        for validator in ValidatorRegistry.validators { _ = validator.validate(input) }
    }
}
