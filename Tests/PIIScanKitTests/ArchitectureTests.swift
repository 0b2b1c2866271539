import Foundation
import Testing

/// Structural rules of DESIGN §2: raw C modules only behind their wrappers; every bundled pattern file listed.
@Suite("Architecture")
struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static func swiftFiles(under folder: String) -> [URL] {
        let base = root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    @Test func cModulesAreImportedOnlyByTheirWrappers() throws {
        let wrappers = [
            "CPCRE2": "Sources/PCRE2/", "CSQLite": "Sources/SQLite/", "CLibPQ": "Sources/LibPQ/",
            "CLibArchive": "Sources/LibArchive/",
        ]
        var offenders: [String] = []
        for file in Self.swiftFiles(under: "Sources") + Self.swiftFiles(under: "Tests") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (module, folder) in wrappers
            where text.range(of: "import \(module)\\b", options: .regularExpression) != nil {
                if !file.path.contains(folder) { offenders.append("\(file.lastPathComponent) imports \(module)") }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    @Test func everyPatternFileIsBundled() throws {
        let patterns = Self.root.appendingPathComponent("Patterns")
        let yamlFiles = try FileManager.default.contentsOfDirectory(atPath: patterns.path).filter {
            $0.hasSuffix(".yaml")
        }
        let listing = try String(contentsOf: patterns.appendingPathComponent("BundledPatterns.swift"), encoding: .utf8)
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(yamlFiles.count >= 10)
        for file in yamlFiles {
            let resource = file.replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: "-", with: "_")
            #expect(listing.contains(resource), "\(file) is not listed in BundledPatterns.swift")
            #expect(manifest.contains("\"\(file)\""), "\(file) is not embedded in Package.swift")
        }
    }

    @Test func everyNameLexiconFileIsEmbedded() throws {
        let patterns = Self.root.appendingPathComponent("Patterns")
        let lexiconFiles = try FileManager.default.contentsOfDirectory(atPath: patterns.path).filter {
            $0.hasSuffix(".txt")
        }
        let embedding = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/NameLexiconData/name_lexicon_data.c"), encoding: .utf8
        )
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(lexiconFiles.count == 4)
        for file in lexiconFiles {
            #expect(embedding.contains("#embed \"../../Patterns/\(file)\""), "\(file) is not embedded")
            #expect(manifest.contains("\"\(file)\""), "\(file) is not excluded from BundledPatterns in Package.swift")
        }
    }

    @Test func noSourceFileIsOver400Lines() throws {
        for file in Self.swiftFiles(under: "Sources") {
            let lines = try String(contentsOf: file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count <= 400, "\(file.lastPathComponent) has \(lines.count) lines")
        }
    }
}
