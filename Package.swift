// swift-tools-version: 6.1
import PackageDescription

/// The bundled pattern files, embedded in the binary (each file must be listed; see DESIGN §5).
let bundledPatternFiles = [
    "taxonomy.yaml",
    "columns.yaml",
    "contact.yaml",
    "financial.yaml",
    "network.yaml",
    "personal.yaml",
    "gov-id-us.yaml",
    "gov-id-uk.yaml",
    "gov-id-eu.yaml",
    "gov-id-other.yaml",
    "names.yaml",
]
/// Embedded by the `NameLexiconData` C target (`#embed`), not as Swift array literals, which compile for minutes.
let nameLexiconFiles = [
    "name-lexicon-given.txt",
    "name-lexicon-surnames.txt",
    "name-lexicon-common-words.txt",
    "name-lexicon-not-names.txt",
]

let package = Package(
    name: "piiscan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "piiscan", targets: ["piiscan"]),
        .library(name: "PIIScanKit", targets: ["PIIScanKit"]),
        .library(name: "PIIScanTestSupport", targets: ["PIIScanTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .target(name: "LibPQ", dependencies: ["CLibPQ"]),
        // libpg_query ships no pkg-config file; its header is /usr/include/pg_query.h.
        .systemLibrary(name: "CPGQuery", providers: [.apt(["libpg-query-dev"])]),
        .target(name: "PGQuery", dependencies: ["CPGQuery"]),
        .systemLibrary(name: "CLibArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .target(name: "LibArchive", dependencies: ["CLibArchive"]),
        .systemLibrary(name: "CUchardet", pkgConfig: "uchardet", providers: [.apt(["libuchardet-dev"])]),
        .target(
            name: "BundledPatterns",
            path: "Patterns",
            exclude: ["README.md"] + nameLexiconFiles,
            resources: bundledPatternFiles.map { .embedInCode($0) }
        ),
        .target(name: "NameLexiconData"),
        .target(
            name: "PIIScanKit",
            dependencies: [
                "PCRE2",
                "SQLite",
                "LibPQ",
                "PGQuery",
                "LibArchive",
                "CUchardet",
                "BundledPatterns",
                "NameLexiconData",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "piiscan",
            dependencies: [
                "PIIScanKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "PIIScanTestSupport", dependencies: ["PIIScanKit", "SQLite", "LibPQ", "LibArchive"],
            path: "Tests/Support"),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "LibPQTests", dependencies: ["LibPQ"]),
        .testTarget(name: "PGQueryTests", dependencies: ["PGQuery"]),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "LibArchiveTests", dependencies: ["LibArchive"]),
        .testTarget(
            name: "PIIScanKitTests",
            dependencies: ["PIIScanKit", "PIIScanTestSupport", "BundledPatterns", "LibArchive"],
            exclude: ["Report/Fixtures"]
        ),
        .testTarget(
            name: "PIIScanCLITests", dependencies: ["PIIScanTestSupport", "LibArchive"], exclude: ["Fixtures"]),
    ]
)
