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

    static let base = Violation(
        kind: .shadowStore, severity: .high, system: nil, owner: nil, category: "user.contact.email",
        locations: [.file(path: "a")], count: 1, samples: [], detail: "", suggestion: "")

    private func diff(_ old: [Violation], _ new: [Violation]) -> ScanDiff {
        ScanDiff(from: Self.run(1), to: Self.run(2), findings: ([], []), violations: (old, new))
    }

    @Test func violationsAreComparedByKindSystemAndCategoryAndTheirLocationsReportedAsChanges() throws {
        var recounted = Self.base
        recounted.count = 5
        var otherCategory = Self.base
        otherCategory.category = "user.contact.phone"
        let same = diff([Self.base], [recounted, otherCategory])
        #expect(same.violations.unchanged == [recounted])
        #expect(same.violations.new == [otherCategory])
        #expect(same.changedViolations.isEmpty)
        #expect(same.hasNew { _ in true })

        var declared = Self.base
        declared.kind = .undeclaredCategory
        declared.system = "crm"
        var moved = declared
        moved.locations = [.file(path: "b")]
        let change = try #require(diff([declared], [moved]).changedViolations.first)
        #expect(change.addedLocations == [.file(path: "b")] && change.removedLocations == [.file(path: "a")])
        #expect(diff([declared], [moved]).violations.new.isEmpty)
        #expect(diff([declared], [moved]).hasNew { _ in true })
        #expect(!diff([declared], [moved]).hasNew { $0 == .info })

        // Shadow stores share an identity per category: one elsewhere, sharing no location, is a new one.
        var elsewhere = Self.base
        elsewhere.locations = [.file(path: "b")]
        let shadow = diff([Self.base], [elsewhere])
        #expect(shadow.violations.new == [elsewhere] && shadow.violations.resolved == [Self.base])
        #expect(shadow.changedViolations.isEmpty)
    }

    /// Removing PII from a place must never look like something new.
    @Test func aViolationFoundInFewerPlacesIsChangedNotNew() throws {
        var wider = Self.base
        wider.locations = [.file(path: "a"), .file(path: "b")]
        let shrunk = diff([wider], [Self.base])
        #expect(shrunk.violations.new.isEmpty && shrunk.violations.resolved.isEmpty)
        let change = try #require(shrunk.changedViolations.first)
        #expect(change.addedLocations.isEmpty && change.removedLocations == [.file(path: "b")])
        #expect(!shrunk.hasNew { _ in true })
    }

    /// Only the first `maxLocations` locations are kept: one that slides into a full list was there before.
    @Test func aLocationThatSlidesIntoAFullListIsNotAdded() {
        let paths = (0...Violation.maxLocations).map { String(format: "f%02d", $0) }
        var before = Self.base
        before.locations = paths.prefix(Violation.maxLocations).map { .file(path: $0) }
        var after = Self.base
        after.locations = paths.dropFirst().map { .file(path: $0) }
        let slid = diff([before], [after])
        #expect(slid.changedViolations.first?.addedLocations == [])
        #expect(slid.changedViolations.first?.removedLocations == [.file(path: "f00")])
        #expect(!slid.hasNew { _ in true })
        var inserted = before
        inserted.locations = [.file(path: "e")] + before.locations.dropLast()
        #expect(diff([before], [inserted]).changedViolations.first?.addedLocations == [.file(path: "e")])
        #expect(diff([before], [inserted]).changedViolations.first?.removedLocations == [])
    }

    @Test func violationsWithTheSameIdentityPairExactLocationsFirst() {
        var other = Self.base
        other.locations = [.file(path: "z")]
        let swapped = diff([Self.base, other], [other, Self.base])
        #expect(swapped.violations.unchanged == [other, Self.base])
        #expect(swapped.changedViolations.isEmpty)
        let gone = diff([Self.base, other], [other])
        #expect(gone.violations.resolved == [Self.base])
        #expect(gone.violations.unchanged == [other])
        var grown = other
        grown.locations = [.file(path: "y"), .file(path: "z")]
        let closest = diff([Self.base, other], [grown])
        #expect(closest.changedViolations.first?.addedLocations == [.file(path: "y")])
        #expect(closest.changedViolations.first?.removedLocations == [])
        #expect(closest.violations.resolved == [Self.base])
    }
}
