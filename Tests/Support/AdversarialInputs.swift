import Foundation

/// Inputs built to slow the bundled detectors down: one short unit repeated into megabyte lines (`a@a@a@…`,
/// digit runs, separators, `+1+1…`, hex and colon soup). The benchmark measures each at full size (every one
/// must scan at 10 MB/s or more); a unit test scans small ones against a time budget.
public enum AdversarialInputs {
    /// Each input by name, with the unit it repeats.
    public static let all: [(name: String, unit: String)] = [
        ("at-chain", "a@"),
        ("email-soup", "a.b@c.d"),
        ("digit-run", "1234567890"),
        ("digit-groups", "123 "),
        ("dotted-ones", "1.1."),
        ("plus-one", "+1"),
        ("phone-soup", "+1 (555) "),
        ("iban-soup", "DE89 3704 "),
        ("hex-run", "deadbeef"),
        ("hex-colon", "a1:b2:"),
        ("ipv6-soup", "ffff:"),
        ("upper-run", "ABCDEFGHIJ"),
        ("upper-digit", "A1B2"),
        ("separator-dash", "-"),
        ("separator-dot", "."),
        ("separator-colon", ":"),
        ("separator-space", " "),
    ]

    /// Writes `unit` repeated into lines of `lineBytes` (newline included) up to `totalBytes` at `path`.
    public static func write(unit: String, lineBytes: Int, totalBytes: Int, to path: String) throws {
        let unitBytes = Array(unit.utf8)
        var line = [UInt8]()
        line.reserveCapacity(lineBytes)
        while line.count < lineBytes - 1 { line.append(unitBytes[line.count % unitBytes.count]) }
        line.append(UInt8(ascii: "\n"))
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }
        var written = 0
        while written < totalBytes {
            let count = min(line.count, totalBytes - written)
            try handle.write(contentsOf: line[0..<count])
            written += count
        }
    }
}
