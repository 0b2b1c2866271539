/// One stream a worker scans: a file on disk, or a member of a container.
struct StreamInput {
    /// Where its bytes come from.
    var source: StreamSource
    /// The name whose extension says how to read it (CSV, SQL dump, JSON…): the path to open, or the member's
    /// name as stored.
    var name: String
    /// The path findings show: the display path of a file on disk, or the member's (masked) name.
    var path: String
    /// The containers it is in, outermost first (`FileLocation.container`).
    var container: [String]

    /// The whole chain as skipped items show it: `exports/2024.zip!customers/2024-03.csv`.
    var chainPath: String { (container + [path]).joined(separator: "!") }

    /// Where in its document a finding at `line` (and table `column`) sits: nil unless the stream is text
    /// extracted from a document.
    func place(line: Int, column: Int?) -> String? {
        guard case .extracted(let text) = source else { return nil }
        return text.place(line: line, column: column)
    }
}

/// Where a stream's bytes come from: a file to open (each read opens it again), an archive member, whose stream
/// starts over from the bytes it kept (`ArchiveMemberStream.rewind`), or text extracted from a document.
enum StreamSource {
    case file(path: String)
    case member(ArchiveMemberStream)
    case extracted(any ExtractedText)
}

/// Which read of a stream a worker asks for: a table file's profile pass, or the scan (the last, which a member
/// keeps no more bytes for).
enum ReadPass {
    case profile, scan
}

extension ChunkReader {
    /// Reads `input` from its start, one chunk at a time (`read(from:_:)`).
    func read(_ input: StreamInput, pass: ReadPass, _ body: (Chunk) -> Bool) -> ReadOutcome {
        switch input.source {
        case .file(let path):
            return read(path, body)
        case .member(let stream):
            guard stream.rewind() else { return .skipped(.readError, detail: "member could not be read again") }
            if pass == .scan { stream.stopKeeping() }
            var source = stream
            return read(from: &source, body)
        case .extracted(let text):
            guard text.rewind() else { return .skipped(.readError, detail: "document text could not be read again") }
            var source = text
            return read(from: &source, body)
        }
    }
}

/// An item's findings not yet handed on, and how many were: a part goes to `emitPart` once `ScanWorker.partSize`
/// have gathered, so a file's (or a container's) findings are never all in memory.
struct ItemFindings {
    private(set) var findings: [Finding] = []
    private var handedOn = 0

    /// Every finding of the item so far, handed on or not.
    var count: Int { handedOn + findings.count }

    mutating func append(_ finding: Finding, emitPart: ([Finding]) -> Void) {
        findings.append(finding)
        guard findings.count >= ScanWorker.partSize else { return }
        emitPart(findings)
        handedOn += findings.count
        findings.removeAll(keepingCapacity: true)
    }
}
