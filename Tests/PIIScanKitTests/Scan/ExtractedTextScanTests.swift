import Testing

@testable import PIIScanKit

/// Text extracted from a document is scanned like a file's bytes, and its findings carry the document's place.
@Suite("Extracted text")
struct ExtractedTextScanTests {
    /// Extracted text held in memory, placed as a sheet's cells when read as a table and as pages of two lines
    /// otherwise.
    final class MemoryText: ExtractedText {
        let bytes: [UInt8]
        let sheet: String
        private var offset = 0

        init(_ text: String, sheet: String) {
            bytes = Array(text.utf8)
            self.sheet = sheet
        }

        func rewind() -> Bool {
            offset = 0
            return true
        }

        func place(line: Int, column: Int?) -> String? {
            guard let column else { return "page \((line + 1) / 2)" }
            return "\(sheet)!\(Character(UnicodeScalar(UInt8(ascii: "A") + UInt8(column))))\(line)"
        }

        func read(into destination: UnsafeMutableRawPointer, count: Int) -> ByteRead {
            let copied = min(count, bytes.count - offset)
            bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + offset, byteCount: copied) }
            offset += copied
            return .bytes(copied)
        }

        func shortfall(bytesRead: Int) -> (reason: SkipReason, detail: String)? { nil }
    }

    private static func scan(_ text: MemoryText, name: String) -> [Finding] {
        let engine = Engine(
            catalog: ScanWorkerTests.catalog, fingerprinter: Fingerprinter(key: ScanWorkerTests.key), reveal: false)
        let worker = ScanWorker(engine: engine, options: ScanOptions(), progress: ScanProgress()) { false }
        var found = ItemFindings()
        let input = StreamInput(source: .extracted(text), name: name, path: "staff.xlsx", container: ["hr.zip"])
        let outcome = worker.scanStream(input, into: &found) { _ in Issue.record("a few findings make no part") }
        guard case .completed = outcome else {
            Issue.record("not completed: \(outcome)")
            return []
        }
        return found.findings
    }

    @Test func aSheetReadAsATableIsPlacedByCell() {
        let rows = "Name,Email,Notes\nAnn Lee,ann.lee@northwind-bikes.co.uk,\nBo Chen,bo.chen@northwind-bikes.co.uk,\n"
        let findings = Self.scan(MemoryText(rows, sheet: "Staff"), name: "staff.xlsx/Staff.csv")
        let emails = findings.filter { $0.type == "email" }.compactMap(\.fileLocation)
        #expect(emails.map(\.place) == ["Staff!B2", "Staff!B3"])
        #expect(emails.allSatisfy { $0.field == "Email" && $0.container == ["hr.zip"] && $0.path == "staff.xlsx" })
        #expect(emails.first?.description == "hr.zip!staff.xlsx (Staff!B2)")
    }

    @Test func textNotReadAsATableIsPlacedByLine() {
        let text = "Contact\nann.lee@northwind-bikes.co.uk\nsecond page\nmail bo.chen@northwind-bikes.co.uk\n"
        let findings = Self.scan(MemoryText(text, sheet: "unused"), name: "report.pdf")
        #expect(findings.filter { $0.type == "email" }.compactMap(\.fileLocation?.place) == ["page 1", "page 2"])
    }
}
