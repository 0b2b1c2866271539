// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// SwiftPM identifies a path dependency by its folder name, which is the clone's name (`piiscan`, `main`, …).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootPackage = root.lastPathComponent.lowercased()

let package = Package(
    name: "piiscan-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "piiscan-corpus",
            dependencies: [.product(name: "PIIScanTestSupport", package: rootPackage)]
        ),
        .executableTarget(
            name: "piiscan-bench",
            dependencies: [
                .product(name: "PIIScanKit", package: rootPackage),
                .product(name: "PIIScanTestSupport", package: rootPackage),
            ]
        ),
        .executableTarget(
            name: "Throughput",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PIIScanKit", package: rootPackage),
                .product(name: "PIIScanTestSupport", package: rootPackage),
            ],
            path: "Benchmarks/Throughput",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
