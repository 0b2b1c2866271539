import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// What makes two scans comparable for carry-over: the same resolved targets and the same configuration.
@Suite("ScanConfiguration")
struct ScanConfigurationTests {
    static let catalog = try! CatalogLoader.loadBundled()

    static func configuration(
        _ targets: [String], key: FingerprintKey = FingerprintKey(bytes: Array(repeating: 7, count: 32)),
        catalog: Catalog = catalog, change: (inout ScanOptions) -> Void = { _ in }
    ) throws -> ScanConfiguration {
        var options = ScanOptions()
        change(&options)
        let plan = try ScanPlan(targets: targets, catalog: catalog, options: options, fingerprintKey: key)
        return ScanConfiguration(plan: plan, catalogOptions: CatalogOptions())
    }

    @Test func theSameScanHasTheSameKeys() throws {
        let tree = try TempTree(["sub/a.txt": "x"])
        #expect(try Self.configuration([tree.root]) == Self.configuration([tree.root]))
        #expect(
            try Self.configuration([tree.root]).scopeKey == Self.configuration([tree.path("sub") + "/.."]).scopeKey)
    }

    /// The build id is read from the loaded program: the same bytes follow "GNU\0" in the executable's notes.
    @Test func theBuildIdentityIsTheExecutablesBuildID() throws {
        let id = try #require(BuildIdentity.current)
        #expect(id.count == 40 && id.allSatisfy(\.isHexDigit))
        let bytes = stride(from: 0, to: id.count, by: 2).map { offset -> UInt8 in
            let start = id.index(id.startIndex, offsetBy: offset)
            return UInt8(id[start..<id.index(start, offsetBy: 2)], radix: 16)!
        }
        let head = try #require(FileHandle(forReadingAtPath: "/proc/self/exe")).readData(ofLength: 1 << 16)
        let note = Array("GNU".utf8) + [0] + bytes
        #expect(Array(head).indices.contains { Array(head).dropFirst($0).starts(with: note) })
    }

    @Test func everySettingThatChangesFindingsChangesTheFingerprint() throws {
        let tree = try TempTree(["a.txt": "x"])
        let base = try Self.configuration([tree.root])
        let changed = [
            try Self.configuration([tree.root]) { $0.minConfidence = 0.6 },
            try Self.configuration([tree.root]) { $0.excludeGlobs = ["*.log"] },
            try Self.configuration([tree.root]) { $0.maxFileSize = 10 },
            try Self.configuration([tree.root]) { $0.respectIgnoreFiles = false },
            try Self.configuration([tree.root], key: FingerprintKey(bytes: Array(repeating: 8, count: 32))),
            try Self.configuration([tree.root], catalog: Self.catalog.filtered { $0.type == "email" }),
        ]
        for configuration in changed {
            #expect(configuration.scopeKey == base.scopeKey)
            #expect(configuration.fingerprint != base.fingerprint)
        }
        #expect(try Self.configuration([tree.root]) { $0.jobs = 7 }.fingerprint == base.fingerprint)
        #expect(try Self.configuration([tree.path("a.txt")]).scopeKey != base.scopeKey)
    }
}
