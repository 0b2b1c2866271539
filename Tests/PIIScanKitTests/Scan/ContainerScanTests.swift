import Foundation
import PIIScanTestSupport
import Testing

@testable import PIIScanKit

/// Archives and compressed files met in a walk: members scanned like files, located by their container chain,
/// and every safety limit.
@Suite("Containers")
struct ContainerScanTests {
    static let catalog = try! CatalogLoader.loadBundled()
    static let key = try! FingerprintKey.load(fromHex: String(repeating: "cd", count: 32))
    static let contact = Array("Contact: jane.roe@northwind-bikes.co.uk\n".utf8)
    static let csv = Array("id,email\n1,jane.roe@northwind-bikes.co.uk\n2,bob.fry@northwind-bikes.co.uk\n".utf8)

    private func scan(_ root: String, configure: (inout ScanOptions) -> Void = { _ in }) throws -> (
        findings: [Finding], summary: ScanSummary
    ) {
        var options = ScanOptions()
        options.jobs = 2
        configure(&options)
        let plan = try ScanPlan(targets: [root], catalog: Self.catalog, options: options, fingerprintKey: Self.key)
        var findings: [Finding] = []
        let summary = try Scanner().run(plan) { findings += $0 }
        return (findings, summary)
    }

    private func emails(_ findings: [Finding]) -> [FileLocation] {
        findings.filter { $0.type == "email" }.compactMap(\.fileLocation)
    }

    @Test func zipMembersAreScannedAndLocatedByTheirChain() throws {
        let tree = try TempTree([
            "exports/2024.zip": .bytes(
                try ArchiveFixture.bytes(
                    format: "zip", members: [("customers/2024-03.csv", Self.csv), ("notes.txt", Self.contact)])),
            "plain.txt": .bytes(Self.contact),
        ])
        defer { tree.remove() }
        let (findings, summary) = try scan(tree.root)
        let located = emails(findings)
        #expect(
            located.map(\.chainPath) == [
                "exports/2024.zip!customers/2024-03.csv", "exports/2024.zip!customers/2024-03.csv",
                "exports/2024.zip!notes.txt", "plain.txt",
            ])
        let first = try #require(located.first)
        #expect(first.container == ["exports/2024.zip"])
        #expect(first.path == "customers/2024-03.csv")
        #expect((first.line, first.column, first.field) == (2, 3, "email"))
        // Keyed on the value: the same address has the same fingerprint in a zip and on disk.
        let fingerprints = findings.filter { $0.type == "email" }.map(\.fingerprint)
        #expect(fingerprints[2] == fingerprints[3])
        #expect(summary.filesScanned == 2)
        #expect(summary.readEverything)
    }

    @Test func aMemberIsScannedExactlyLikeTheSameFileOnDisk() throws {
        // Many chunks at a 4 KiB chunk size: the table profile keeps the first ones and the scan pass replays them.
        var rows = "id,customer,contact,note\n"
        for index in 0..<600 {
            rows +=
                "\(index),Ann Lee,ann.lee\(index)@northwind-bikes.co.uk,called from +44 20 7946 0\(100 + index % 800)\n"
        }
        let bytes = Array(rows.utf8)
        let disk = try TempTree(["customers.csv": .bytes(bytes), "notes.log": .bytes(bytes)])
        let zipped = try TempTree([
            "a.zip": .bytes(
                try ArchiveFixture.bytes(format: "zip", members: [("customers.csv", bytes), ("notes.log", bytes)]))
        ])
        defer {
            disk.remove()
            zipped.remove()
        }
        let small: (inout ScanOptions) -> Void = { $0.chunkSize = 4_096 }
        let expected = try scan(disk.root, configure: small).findings
        var members = try scan(zipped.root, configure: small).findings
        for index in members.indices {
            guard case .file(var location) = members[index].location else { continue }
            #expect(location.container == ["a.zip"])
            location.container = []
            members[index].location = .file(location)
        }
        #expect(expected.count > 1_000)
        #expect(members == expected)
    }

    @Test func nestedZipInTarGzAndSingleCompressedFiles() throws {
        let inner = try ArchiveFixture.bytes(format: "zip", members: [("deep/contact.txt", Self.contact)])
        let tree = try TempTree([
            "backup.tar.gz": .bytes(
                try ArchiveFixture.bytes(format: "pax", filters: ["gzip"], members: [("inner.zip", inner)])),
            "logs/app.log.gz": .bytes(
                try ArchiveFixture.bytes(format: "raw", filters: ["gzip"], members: [("x", Self.contact)])),
            "logs/app.log.xz": .bytes(
                try ArchiveFixture.bytes(format: "raw", filters: ["xz"], members: [("x", Self.contact)])),
            "logs/app.log.zst": .bytes(
                try ArchiveFixture.bytes(format: "raw", filters: ["zstd"], members: [("x", Self.contact)])),
            "logs/app.log.bz2": .bytes(
                try ArchiveFixture.bytes(format: "raw", filters: ["bzip2"], members: [("x", Self.contact)])),
            "data.7z": .bytes(try ArchiveFixture.bytes(format: "7zip", members: [("a.txt", Self.contact)])),
        ])
        defer { tree.remove() }
        let (findings, summary) = try scan(tree.root)
        #expect(
            emails(findings).map(\.chainPath) == [
                "backup.tar.gz!inner.zip!deep/contact.txt", "data.7z!a.txt", "logs/app.log.bz2!app.log",
                "logs/app.log.gz!app.log", "logs/app.log.xz!app.log", "logs/app.log.zst!app.log",
            ])
        #expect(emails(findings).first?.container == ["backup.tar.gz", "inner.zip"])
        #expect(summary.readEverything)
    }

    @Test func walkerRulesApplyToMembers() throws {
        let tree = try TempTree([
            "a.zip": .bytes(
                try ArchiveFixture.bytes(
                    format: "zip",
                    members: [
                        ("keep.csv", Self.csv), ("drop.log", Self.contact),
                        ("big.txt", [UInt8](repeating: UInt8(ascii: "a"), count: 10_000)),
                        ("image.bin", [0, 1, 2] + Self.contact),
                    ]))
        ])
        defer { tree.remove() }
        let (findings, summary) = try scan(tree.root) {
            $0.includeGlobs = ["*.csv", "*.txt", "*.bin"]
            $0.excludeGlobs = ["*.log"]
            $0.maxFileSize = 5_000
        }
        #expect(Set(emails(findings).map(\.path)) == ["keep.csv"])
        #expect(summary.skipped.map(\.item) == ["a.zip!big.txt", "a.zip!image.bin"])
        #expect(summary.skipped.map(\.reason) == [.tooLarge, .binary])
        #expect(summary.readEverything)
    }

    @Test func encryptedMembersAreSkippedAsFailures() throws {
        let tree = try TempTree([
            "locked.zip": .bytes(
                try ArchiveFixture.bytes(
                    format: "zip", members: [("secret.txt", Self.contact)], options: "zip:encryption=zipcrypt",
                    passphrase: "pw"))
        ])
        defer { tree.remove() }
        let (findings, summary) = try scan(tree.root)
        #expect(findings.isEmpty)
        #expect(
            summary.skipped == [
                SkippedItem(item: "locked.zip!secret.txt", reason: .encrypted, detail: "member is encrypted")
            ])
        #expect(!summary.readEverything)
    }

    @Test func depthLimitStopsNesting() throws {
        let inner = try ArchiveFixture.bytes(format: "zip", members: [("c.txt", Self.contact)])
        let tree = try TempTree([
            "outer.zip": .bytes(
                try ArchiveFixture.bytes(format: "zip", members: [("inner.zip", inner), ("b.txt", Self.contact)]))
        ])
        defer { tree.remove() }
        let one = try scan(tree.root) { $0.archive.maxDepth = 1 }
        #expect(emails(one.findings).map(\.chainPath) == ["outer.zip!b.txt"])
        #expect(one.summary.skipped.map(\.reason) == [.archiveDepth])
        #expect(one.summary.skipped.first?.item == "outer.zip!inner.zip")
        #expect(one.summary.readEverything)
        let none = try scan(tree.root) { $0.archive.maxDepth = 0 }
        #expect(none.findings.isEmpty)
        #expect(none.summary.skipped.map(\.item) == ["outer.zip"])
        #expect(none.summary.skipped.map(\.reason) == [.archiveDepth])
        let two = try scan(tree.root) { $0.archive.maxDepth = 2 }
        #expect(emails(two.findings).map(\.chainPath) == ["outer.zip!inner.zip!c.txt", "outer.zip!b.txt"])
    }

    @Test func memberCountLimitStopsTheContainer() throws {
        let members = (1...5).map { ("m\($0).txt", Self.contact) }
        let tree = try TempTree(["many.zip": .bytes(try ArchiveFixture.bytes(format: "zip", members: members))])
        defer { tree.remove() }
        let (findings, summary) = try scan(tree.root) { $0.archive.maxMembers = 2 }
        #expect(emails(findings).map(\.path) == ["m1.txt", "m2.txt"])
        #expect(summary.skipped.map(\.item) == ["many.zip"])
        #expect(summary.skipped.first?.reason == .archiveLimit)
        #expect(summary.skipped.first?.detail?.contains("--max-archive-members") == true)
    }

    @Test func expansionRatioAndSizeLimitsStopABomb() throws {
        let repetitive = [UInt8](repeating: UInt8(ascii: "a"), count: 4 << 20) + Self.contact
        let tree = try TempTree([
            "bomb.tar.gz": .bytes(
                try ArchiveFixture.bytes(format: "pax", filters: ["gzip"], members: [("a.txt", repetitive)]))
        ])
        defer { tree.remove() }
        let ratio = try scan(tree.root) {
            $0.archive.ratioFloor = 1 << 20
            $0.archive.maxRatio = 50
        }
        #expect(ratio.summary.skipped.map(\.reason) == [.archiveLimit])
        #expect(ratio.summary.skipped.first?.detail?.contains("--max-archive-ratio") == true)
        let size = try scan(tree.root) { $0.archive.maxExpandedBytes = 1 << 20 }
        #expect(size.summary.skipped.map(\.reason) == [.archiveLimit])
        #expect(size.summary.skipped.first?.detail?.contains("--max-archive-expanded") == true)
        let allowed = try scan(tree.root)
        #expect(allowed.summary.skipped.isEmpty)
        #expect(emails(allowed.findings).count == 1)
    }

    @Test func truncatedArchiveKeepsWhatWasReadAndFails() throws {
        let filler = (0..<4_000).map { "line \($0) of nothing in particular, padded to be long enough\n" }.joined()
        let whole = try ArchiveFixture.bytes(
            format: "pax", filters: ["gzip"],
            members: [("first.txt", Self.contact), ("second.txt", Array(filler.utf8) + Self.contact)])
        let tree = try TempTree(["cut.tar.gz": .bytes(Array(whole.prefix(whole.count / 2)))])
        defer { tree.remove() }
        let (findings, summary) = try scan(tree.root)
        #expect(emails(findings).map(\.path) == ["first.txt"])
        #expect(summary.skipped.map(\.reason) == [.truncated])
        #expect(summary.skipped.first?.item.hasPrefix("cut.tar.gz") == true)
        #expect(!summary.readEverything)
    }

    @Test func corruptContainerIsAFailure() throws {
        let tree = try TempTree(["broken.zip": .bytes([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0xEE, count: 64))])
        defer { tree.remove() }
        let (findings, summary) = try scan(tree.root)
        #expect(findings.isEmpty)
        #expect(summary.skipped.count == 1)
        #expect(summary.skipped.first.map { $0.isFailure && $0.item.hasPrefix("broken.zip") } == true)
    }

    @Test func damagedArchivesEndInASkipNeverACrash() throws {
        let text = Array(String(repeating: "Contact: jane.roe@northwind-bikes.co.uk, ref 8812\n", count: 40).utf8)
        let originals = [
            try ArchiveFixture.bytes(format: "zip", members: [("a.txt", text), ("b.csv", Self.csv)]),
            try ArchiveFixture.bytes(
                format: "pax", filters: ["gzip"], members: [("a.txt", text), ("b.csv", Self.csv)]),
            try ArchiveFixture.bytes(format: "7zip", members: [("a.txt", text)]),
            try ArchiveFixture.bytes(format: "raw", filters: ["xz"], members: [("a", text)]),
        ]
        var entries: [String: TempTree.Entry] = [:]
        var random = SystemRandomNumberGenerator()
        for (kind, original) in originals.enumerated() {
            for round in 0..<25 {
                var damaged = original
                // Keep the magic number, so each one is opened as a container.
                for _ in 0..<1 + round % 4 {
                    damaged[Int.random(in: 8..<damaged.count, using: &random)] = UInt8.random(
                        in: 0...255, using: &random)
                }
                if round % 5 == 4 { damaged = Array(damaged.prefix(Int.random(in: 8..<damaged.count, using: &random))) }
                entries["\(kind)-\(round).bin"] = .bytes(damaged)
            }
        }
        let tree = try TempTree(entries)
        defer { tree.remove() }
        let (_, summary) = try scan(tree.root)
        let expected: Set<SkipReason> = [.corrupt, .truncated, .encrypted, .binary, .archiveLimit]
        #expect(summary.skipped.allSatisfy { expected.contains($0.reason) }, "\(summary.skippedByReason)")
        #expect(summary.filesScanned + summary.skipped.filter { !$0.item.contains("!") }.count >= 50)
    }

    @Test func traversalNamesAreOnlyShown() throws {
        let tree = try TempTree([
            "t/evil.tar": .bytes(
                try ArchiveFixture.bytes(format: "pax", members: [("../../escaped-piiscan.txt", Self.contact)]))
        ])
        defer { tree.remove() }
        let (findings, _) = try scan(tree.path("t"))
        #expect(emails(findings).map(\.chainPath) == ["evil.tar!../../escaped-piiscan.txt"])
        #expect(!FileManager.default.fileExists(atPath: tree.root + "/../escaped-piiscan.txt"))
        #expect(!FileManager.default.fileExists(atPath: tree.path("t") + "/../../escaped-piiscan.txt"))
    }
}
