/// One worker: owns its chunk reader and detection scratch (created at start-up, never shared) and turns
/// one file at a time into located findings.
final class ScanWorker {
    let engine: Engine
    let options: ScanOptions
    let scratch: DetectionScratch
    let reader: ChunkReader
    let isCancelled: () -> Bool
    private let progress: ScanProgress
    /// Masks values used as CSV header names or JSON keys before they become a finding's `field`.
    let names: NameMasker
    /// `Catalog.fieldType(named:)` per field name seen (the last component of a JSON path, or a CSV header): the
    /// same names come back on every row and record, and naming a field's type normalises the name. Emptied
    /// when it reaches `fieldTypeCacheLimit`.
    private var fieldTypes: [String: String?] = [:]
    private static let fieldTypeCacheLimit = 4_096
    /// A delimited file's findings in the current chunk, put in file order before they are handed on.
    var chunkFindings: [Finding] = []
    /// Start offsets of the cells whose value a detector reported as the column's own type, in the current chunk.
    var coveredCells: [Int] = []
    /// The walker's globs and size limit, applied to the members of containers.
    let memberFilter: FileFilter
    /// The chunk's bytes with the delimiters of a comma-separated file made tabs (`detectionBuffer`).
    let cellBoundedBytes: UnsafeMutableBufferPointer<UInt8>

    deinit {
        cellBoundedBytes.deallocate()
    }

    init(engine: Engine, options: ScanOptions, progress: ScanProgress, isCancelled: @escaping () -> Bool) {
        self.engine = engine
        self.options = options
        self.progress = progress
        self.isCancelled = isCancelled
        scratch = DetectionScratch(detectorCount: engine.catalog.detectors.count)
        names = NameMasker(engine: engine)
        reader = ChunkReader(chunkSize: options.chunkSize, overlap: engine.catalog.maxMatchLength)
        cellBoundedBytes = .allocate(capacity: reader.capacity)
        memberFilter = FileFilter(options: options.walkOptions)
    }

    /// Findings handed on as a part once this many have gathered, so a file's findings are never all in memory.
    static let partSize = 2_048

    /// Scans one file, handing its findings to `emitPart` in parts of `partSize` as it goes; returns the closing
    /// result (the remaining findings, counts and stamp). Read problems become the item's skip reason (with the
    /// findings made before them). A container (an archive or compressed file) is scanned member by member
    /// (`scanContainer`) as one item.
    func scan(_ item: ScanItem, emitPart: ([Finding]) -> Void) -> ItemResult {
        var found = ItemFindings()
        var memberSkips: [SkippedItem] = []
        scratch.startInput()
        let input = StreamInput(
            source: .file(path: item.file.path), name: item.file.path, path: item.displayPath, container: [])
        var outcome = scanStream(input, into: &found, emitPart: emitPart)
        switch outcome {
        case .container(let format):
            outcome = scanContainer(item, format: format, into: &found, skips: &memberSkips, emitPart: emitPart)
        case .databaseFile(.sqlite):
            return ItemResult(findings: [], bytesScanned: 0, skipped: nil, database: item.file.path)
        case .databaseFile(let format):
            outcome = .skipped(.databaseFile, detail: format.detail)
        default: break
        }
        switch outcome {
        case .completed(let bytesRead):
            progress.addFile(findings: found.count)
            let incomplete = patternLimitSkip(item)
            let searchedInPart = incomplete != nil || memberSkips.contains(where: \.isFailure)
            return ItemResult(
                findings: found.findings, bytesScanned: bytesRead, skipped: nil, incomplete: incomplete,
                memberSkips: memberSkips,
                scannedFile: ScannedFile(path: item.displayPath, modificationTime: item.file.modificationTime),
                stamp: searchedInPart ? FileStamp.searchedInPart(item.file) : FileStamp(item.file))
        case .skipped(let reason, let detail):
            // What was found before a failure (a read error, a file that shrank) is real and kept; a cancelled
            // item's last findings are dropped (parts handed on before stay in the partial report).
            return ItemResult(
                findings: reason == .cancelled ? [] : found.findings, bytesScanned: 0,
                skipped: SkippedItem(item: item.displayPath, reason: reason, detail: detail),
                memberSkips: memberSkips)
        case .container, .databaseFile:
            preconditionFailure("containers and database files are handled above")
        }
    }

    /// Scans one stream of bytes, a file on disk or an archive member, into `found`: its tables profiled first
    /// when it holds tables (a first read), then every chunk through the engine.
    func scanStream(_ input: StreamInput, into found: inout ItemFindings, emitPart: ([Finding]) -> Void)
        -> ReadOutcome
    {
        var lines = LineCounter()
        let tables = readTableProfile(input)
        let profile = tables?.profile
        let table = tables?.table
        // JSON findings are named by their key path (`$.data[3].customer.lastName`), in tables or not.
        let fields = FieldTracker.make(forPath: input.name, naming: names.fieldNaming)
        return reader.read(input, pass: .scan) { chunk in
            guard !isCancelled() else { return false }
            table?.consume(chunk)
            let buffer = detectionBuffer(chunk, table: table)
            var cellLines = lines
            coveredCells.removeAll(keepingCapacity: true)
            chunkFindings.removeAll(keepingCapacity: true)
            for candidate in engine.detect(
                buffer, reportFrom: chunk.reportFrom, reportUntil: chunk.reportUntil, scratch: scratch)
            {
                let fileOffset = chunk.fileOffset + candidate.start
                let field: String?
                var confidence: Double
                var cell: TableCell?
                if let table, let profile {
                    cell = table.cell(containing: fileOffset)
                    field =
                        fields?.field(atFileOffset: fileOffset, in: chunk)
                        ?? cell.flatMap { table.field(ofColumn: $0.column, inTable: $0.table) }
                    confidence = boosted(candidate, field: field)
                    if let cell, let column = profile.column(cell.column, inTable: cell.table) {
                        guard let judged = judged(candidate, confidence: confidence, cell: cell, column: column)
                        else { continue }
                        confidence = judged
                    }
                } else {
                    field = fields?.field(atFileOffset: fileOffset, in: chunk)
                    confidence = boosted(candidate, field: field)
                }
                guard confidence >= options.minConfidence else { continue }
                let position = lines.position(ofFileOffset: fileOffset, in: chunk)
                let span = chunk.originalSpan(fileOffset, fileOffset + candidate.end - candidate.start)
                let location = FileLocation(
                    path: input.path, line: position.line, column: position.column, start: span.start,
                    end: span.end, field: field,
                    place: input.place(line: position.line, column: cell?.column),
                    container: input.container)
                let described = finding(candidate, confidence: confidence, location: location, buffer: buffer)
                if table == nil { found.append(described, emitPart: emitPart) } else { chunkFindings.append(described) }
            }
            if let table, let profile {
                appendCellFindings(
                    table, profile: profile, chunk: chunk, input: input, fields: fields, lines: &cellLines,
                    to: &chunkFindings)
                chunkFindings.sort { ($0.fileStart, $0.type, $0.detector) < ($1.fileStart, $1.type, $1.detector) }
                for described in chunkFindings { found.append(described, emitPart: emitPart) }
            }
            lines.consume(chunk)
            fields?.consume(chunk)
            progress.addBytes(chunk.reportUntil - chunk.reportFrom)
            return true
        }
    }

    /// The `pattern_limit` skip of a file in which detectors gave up on windows.
    private func patternLimitSkip(_ item: ScanItem) -> SkippedItem? {
        engine.patternLimitDetail(scratch, input: "file").map {
            SkippedItem(item: item.displayPath, reason: .patternLimit, detail: $0)
        }
    }

    /// A CSV column or JSON key naming the candidate's own type raises its confidence; one naming an identifier
    /// of things (`ean`, `version`) holds it below the default threshold.
    private func boosted(_ candidate: Candidate, field: String?) -> Double {
        guard let field else { return candidate.confidence }
        let detector = engine.catalog.detectors[candidate.detector]
        let type = fieldType(of: field)
        let boost = engine.catalog.fieldBoost(for: detector, fieldType: type, defaultBoost: options.fieldBoost)
        return min(engine.catalog.fieldCeiling(fieldType: type), candidate.confidence + boost)
    }

    private func fieldType(of field: String) -> String? {
        let name = Catalog.lastComponent(of: field)
        if let known = fieldTypes[name] { return known }
        if fieldTypes.count >= Self.fieldTypeCacheLimit { fieldTypes.removeAll(keepingCapacity: true) }
        let type = engine.catalog.fieldType(named: name)
        fieldTypes[name] = type
        return type
    }

    private func finding(
        _ candidate: Candidate, confidence: Double, location: FileLocation, buffer: UnsafeBufferPointer<UInt8>
    ) -> Finding {
        let detector = engine.catalog.detectors[candidate.detector]
        let described = engine.describe(candidate, in: buffer)
        return Finding(
            type: detector.type, category: detector.category, detector: detector.id, confidence: confidence,
            evidence: described.evidence, fingerprint: described.fingerprint, source: .file,
            location: .file(location), revealedValue: described.revealed)
    }
}
