import BundledPatterns
import Crypto
import Foundation

/// The two keys that decide whether an earlier run may stand in for reading a file again: the scope (the same
/// targets, resolved to absolute paths) and the configuration fingerprint (everything that changes what a scan
/// of the same bytes reports).
public struct ScanConfiguration: Sendable, Equatable {
    /// SHA-256 (hex) of the targets, paths resolved against the current directory and symbolic links.
    public let scopeKey: String
    /// SHA-256 (hex) of: piiscan's version and build id (`BuildIdentity`: detection code changes findings as much
    /// as patterns do), every pattern file's bytes (bundled and `--patterns`), the detectors
    /// selected (`--only`, `--disable`, `--locale`), `--min-confidence`, the field boost, include/exclude globs,
    /// `--max-file-size`, the archive depth and bomb limits, symlink and ignore-file handling, and the fingerprint key's identity (a keyed hash of a
    /// constant, never the key).
    public let fingerprint: String

    public init(plan: ScanPlan, catalogOptions: CatalogOptions) {
        let files = Set(plan.fileTargets)
        let resolved = plan.targets.map { files.contains($0) ? Self.absolute($0) : $0 }
        scopeKey = Self.digest(resolved.joined(separator: "\u{0}"))

        var hash = SHA256()
        func add(_ text: String) { hash.update(data: Array((text + "\u{0}").utf8)) }
        add("piiscan \(PIIScanVersion.current) build \(BuildIdentity.current ?? "unknown")")
        for file in BundledPatterns.detectorFiles { hash.update(data: file.bytes) }
        for bytes in [BundledPatterns.taxonomy, BundledPatterns.columns, BundledPatterns.names] {
            hash.update(data: bytes)
        }
        NameLexicon.forEachEmbeddedFile { hash.update(bufferPointer: $0) }
        for path in Self.userPatternFiles(catalogOptions) {
            add(path)
            hash.update(data: [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
        add(plan.catalog.detectors.map(\.id).joined(separator: ","))
        let options = plan.options
        add("min-confidence \(options.minConfidence) field-boost \(options.fieldBoost)")
        add("include \(options.includeGlobs) exclude \(options.excludeGlobs) max-size \(options.maxFileSize ?? -1)")
        let archive = options.archive
        add(
            "archive depth \(archive.maxDepth) members \(archive.maxMembers) expanded \(archive.maxExpandedBytes) "
                + "ratio \(archive.maxRatio) floor \(archive.ratioFloor)")
        add("follow \(options.followSymlinks) ignore-files \(options.respectIgnoreFiles)")
        add("key " + plan.fingerprinter.fingerprint(type: "piiscan-store", normalizedValue: Array("key".utf8)))
        fingerprint = Self.hex(Array(hash.finalize()))
    }

    /// The user's pattern files in the order the catalog loader reads them.
    private static func userPatternFiles(_ options: CatalogOptions) -> [String] {
        var paths: [String] = []
        for directory in options.patternDirectories {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            paths += names.sorted().filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map {
                (directory as NSString).appendingPathComponent($0)
            }
        }
        return paths + options.patternFiles
    }

    private static func absolute(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    private static func digest(_ text: String) -> String {
        hex(Array(SHA256.hash(data: Array(text.utf8))))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
