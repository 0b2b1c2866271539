// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// SwiftPM identifies a path dependency by its folder name, which is the clone's name (`piiscan`, `main`, …).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootPackage = root.lastPathComponent.lowercased()

/// libFuzzer targets for piiscan's parsers, loaders and validators (docs/fuzzing.md). Built only by
/// `Scripts/fuzz`, with `-sanitize=fuzzer` on every module, so `swift build` and `swift test` in the repository
/// root never see them.
let package = Package(
    name: "piiscan-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../")],
    targets: [
        .executableTarget(
            name: "piiscan-fuzz",
            dependencies: [.product(name: "PIIScanKit", package: rootPackage)]
        )
    ]
)
