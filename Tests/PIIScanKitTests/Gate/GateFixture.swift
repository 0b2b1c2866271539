import Foundation
import PIIScanTestSupport

@testable import PIIScanKit

/// A temporary project with a RoPA and migrations, and `Gate.run` over it.
struct GateFixture {
    /// A RoPA whose system `shop` owns `db/**` and declares only names.
    static let ropa = """
        version: 1
        organization: Test Ltd
        systems:
          - id: shop
            owner: shop-team@test.example
            locations:
              - path: db/**
          - id: billing
            locations:
              - path: billing/**
        activities:
          - id: orders
            purposes: [Ship orders]
            legal_basis: contract
            data_categories: [user.name]
            systems: [shop]

        """

    let tree: TempTree

    /// `files` are paths relative to the project root; `ropa.yaml` is added unless given.
    init(_ files: [String: String]) throws {
        var entries = files
        if entries["ropa.yaml"] == nil { entries["ropa.yaml"] = Self.ropa }
        tree = try TempTree(entries, prefix: "piiscan-gate")
    }

    func request(_ paths: [String] = ["db"], configure: (inout GateRequest) -> Void = { _ in }) -> GateRequest {
        var request = GateRequest(ropaPath: "ropa.yaml", migrationPaths: paths, currentDirectory: tree.root)
        configure(&request)
        return request
    }

    func run(_ paths: [String] = ["db"], configure: (inout GateRequest) -> Void = { _ in }) throws -> GateResult {
        try Gate.run(request(paths, configure: configure))
    }

    /// The error `Gate.run` throws, or nil when it succeeds.
    func error(_ paths: [String] = ["db"], configure: (inout GateRequest) -> Void = { _ in }) -> GateError? {
        do {
            _ = try Gate.run(request(paths, configure: configure))
            return nil
        } catch {
            return error
        }
    }
}

extension GateResult {
    /// `file:line table.column category verdict` for each finding, for compact expectations.
    var summaryLines: [String] {
        findings.map { finding in
            let origin = finding.column.origin
            return
                "\(origin.file.path):\(origin.line) \(finding.qualifiedColumn) \(finding.category) \(finding.verdict)"
        }
    }

    /// The finding for `column` (`table.column`) and `category`.
    func finding(_ column: String, _ category: String? = nil) -> GateFinding? {
        findings.first { $0.qualifiedColumn == column && (category == nil || $0.category == category) }
    }
}
