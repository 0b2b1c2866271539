import Foundation
import PIIScanTestSupport
import Testing

/// `Examples/ropa.yaml` against the bundled examples: every violation kind appears (the README's promise).
@Suite("Reconcile Examples")
struct ReconcileExamplesTests {
    @Test("scan Examples with Examples/ropa.yaml reports every violation kind")
    func everyKind() throws {
        // A copy, so the old modification time that retention_exceeded needs is set outside the checkout
        // (git keeps no mtimes); `touch -d 2015-01-01` does the same by hand.
        let copy = try TempTree(["work": .directory], prefix: "piiscan-examples")
        try FileManager.default.copyItem(atPath: CLIFixture.examples, toPath: copy.path("work/Examples"))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_420_070_400)],
            ofItemAtPath: copy.path("work/Examples/exports/customers.csv"))
        let result = try PIIScanProcess().run(
            [
                "scan", "Examples", "sqlite:Examples/db/crm.db", "--patterns", "Examples/patterns", "--ropa",
                "Examples/ropa.yaml", "--format", "json",
            ], in: copy.path("work"))
        #expect(result.status == 1, "\(result.stderr)")
        let violations = try #require(try result.jsonObject()["violations"] as? [[String: Any]])
        let kinds = Set(violations.compactMap { $0["kind"] as? String })
        for kind in [
            "undeclared_category", "shadow_store", "out_of_scope", "special_category_without_dpia",
            "retention_exceeded", "unsupported_declaration",
        ] {
            #expect(kinds.contains(kind), "no \(kind) in \(kinds.sorted())")
        }
    }
}
