import Foundation
import Testing

@testable import PIIScanKit

/// Identities and multiset pairing of `ScanDiff`.
@Suite("ScanDiff")
struct ScanDiffTests {
    static func run(_ id: Int64) -> ScanRun {
        ScanRun(
            id: id, startedAt: Date(timeIntervalSince1970: 0), endedAt: nil, status: .complete, targets: ["t"],
            toolVersion: "0", filesScanned: 0, bytesScanned: 0, filesCarriedOver: nil, carriedFromRun: nil,
            findingCount: 0, violationCount: 0, scopeKey: "s", configurationFingerprint: "c")
    }

    @Test func aValueMovedWithinAFileIsUnchangedAndADuplicateIsNew() {
        let old = [StoreFixture.fileFinding("a", line: 1, value: "x"), StoreFixture.columnFinding]
        var moved = StoreFixture.fileFinding("a", line: 7, value: "x")
        moved.confidence = 0.9
        let elsewhere = StoreFixture.fileFinding("b", line: 1, value: "x")
        let diff = ScanDiff(
            from: Self.run(1), to: Self.run(2), findings: (old, [moved, moved, elsewhere]), violations: ([], []))
        #expect(diff.findings.unchanged == [moved])
        #expect(diff.findings.new == [moved, elsewhere])
        #expect(diff.findings.resolved == [StoreFixture.columnFinding])
    }

    @Test func violationsAreComparedByKindSystemCategoryAndLocations() {
        let base = Violation(
            kind: .shadowStore, severity: .high, system: nil, owner: nil, category: "user.contact.email",
            locations: [.file(path: "a")], count: 1, samples: [], detail: "", suggestion: "")
        var recounted = base
        recounted.count = 5
        var moved = base
        moved.locations = [.file(path: "b")]
        let diff = ScanDiff(
            from: Self.run(1), to: Self.run(2), findings: ([], []), violations: ([base], [recounted, moved]))
        #expect(diff.violations.unchanged == [recounted])
        #expect(diff.violations.new == [moved])
        #expect(diff.violations.resolved.isEmpty)
    }
}
