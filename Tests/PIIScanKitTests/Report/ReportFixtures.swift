import Foundation

@testable import PIIScanKit

/// A report output that keeps everything in memory, counting flushes.
final class MemoryOutput: ReportOutput {
    private(set) var text = ""
    private(set) var flushes = 0

    func write(_ text: String) throws { self.text += text }
    func flush() throws { flushes += 1 }
    func close() throws {}
}

/// The fixed findings, summary and context behind the golden files: raw values are masked and
/// fingerprinted with a fixed key exactly as the engine does it.
enum ReportFixtures {
    static let key = FingerprintKey(bytes: Array(repeating: 0x42, count: 32))
    static let version = "0.0.0-golden"

    /// Raw values used by the fixtures; none may appear in a report unless revealed.
    static let rawValues = [
        "jane.doe@example.org", "4111-1111-1111-1234", "+44 20 7946 0958", "Jane Doe", "maria.garcia@example.com",
    ]

    static let context = ReportContext(
        toolVersion: version,
        detectors: [
            DetectorInfo(id: "email", type: "email", category: "user.contact.email", summary: "Email address"),
            DetectorInfo(
                id: "credit-card", type: "credit_card", category: "user.financial.credit_card",
                summary: "Payment card number (Luhn-checked)"),
            DetectorInfo(
                id: "phone-uk", type: "phone", category: "user.contact.phone_number", summary: "UK phone number",
                locales: ["gb"]),
            DetectorInfo(id: "person-name", type: "name", category: "user.name", summary: "Person name"),
            DetectorInfo(id: "iban", type: "iban", category: "user.financial.bank_account", summary: "IBAN"),
        ])

    static func finding(
        _ raw: String, detector: String, type: String, category: String, confidence: Double, mask: MaskStyle,
        normalize: NormalizeStyle, source: SourceKind = .file, location: Location, reveal: Bool = false
    ) -> Finding {
        let bytes = Array(raw.utf8)
        let fingerprint = Fingerprinter(key: key).fingerprint(
            type: type, normalizedValue: ValueNormalizer.normalize(bytes, style: normalize))
        return Finding(
            type: type, category: category, detector: detector, confidence: confidence,
            evidence: EvidenceMasker.mask(bytes, style: mask), fingerprint: fingerprint, source: source,
            location: location, revealedValue: reveal ? raw : nil)
    }

    /// The scanned items' findings, in scan order (deliberately not report order).
    static func items(reveal: Bool = false) -> [[Finding]] {
        [
            [
                finding(
                    "4111-1111-1111-1234", detector: "credit-card", type: "credit_card",
                    category: "user.financial.credit_card", confidence: 0.72, mask: .last4, normalize: .digits,
                    location: .file(FileLocation(path: "notes/todo.txt", line: 7, column: 5, start: 130, end: 149)),
                    reveal: reveal)
            ],
            [
                finding(
                    "maria.garcia@example.com", detector: "email", type: "email", category: "user.contact.email",
                    confidence: 0.95, mask: .email, normalize: .lower,
                    location: .file(
                        FileLocation(path: "customers.csv", line: 3, column: 12, start: 80, end: 104, field: "email")),
                    reveal: reveal),
                finding(
                    "jane.doe@example.org", detector: "email", type: "email", category: "user.contact.email",
                    confidence: 0.951, mask: .email, normalize: .lower,
                    location: .file(
                        FileLocation(path: "customers.csv", line: 2, column: 12, start: 40, end: 60, field: "email")),
                    reveal: reveal),
                finding(
                    "Jane Doe", detector: "person-name", type: "name", category: "user.name", confidence: 0.6,
                    mask: .initial, normalize: .lower,
                    location: .file(
                        FileLocation(path: "customers.csv", line: 2, column: 1, start: 29, end: 37, field: "name")),
                    reveal: reveal),
            ],
            [],
            [
                finding(
                    "+44 20 7946 0958", detector: "phone-uk", type: "phone", category: "user.contact.phone_number",
                    confidence: 0.88, mask: .last4, normalize: .digits, source: .sqlite,
                    location: .column(
                        ColumnLocation(
                            store: "sqlite:data/app.db", schema: "main", table: "users", column: "phone",
                            rowsSampled: 100, rowsMatched: 37)),
                    reveal: reveal)
            ],
            [
                finding(
                    "jane.doe@example.org", detector: "email", type: "email", category: "user.contact.email",
                    confidence: 0.9, mask: .email, normalize: .lower, source: .postgres,
                    location: .column(
                        ColumnLocation(
                            store: "postgres://db.example.com:5432/crm", schema: "public", table: "contacts",
                            column: "profile", rowsSampled: 500, rowsMatched: 480, jsonPath: "$.contact.email")),
                    reveal: reveal)
            ],
        ]
    }

    static let summary = ScanSummary(
        targets: [".", "sqlite:data/app.db", "postgres://admin:hunter2@db.example.com:5432/crm"],
        filesScanned: 3, bytesScanned: 123_456,
        findingsByType: ["email": 3, "credit_card": 1, "name": 1, "phone": 1],
        skipped: [
            SkippedItem(item: "assets/logo.png", reason: .binary),
            SkippedItem(item: "secret/keys.txt", reason: .permissionDenied, detail: "Permission denied"),
            SkippedItem(item: "dump.sql", reason: .tooLarge),
        ],
        durationSeconds: 0)

    /// Renders every item and the summary with `reporterType`.
    static func render(
        _ reporterType: any Reporter.Type, items: [[Finding]] = items(), summary: ScanSummary = summary,
        context: ReportContext = context
    ) throws -> String {
        let output = MemoryOutput()
        let reporter = reporterType.init(context: context, output: output)
        for item in items { try reporter.add(item) }
        try reporter.finish(summary: summary)
        return output.text
    }

    /// `Tests/PIIScanKitTests/Report/Fixtures/<name>`.
    static func fixturePath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }
}
