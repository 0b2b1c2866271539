/// The file scan of files that hold tables (delimited files, SQL dumps, JSON arrays of records: `TableFiles`):
/// their columns judged first (`TableProfile`), then every cell bounded by its delimiters and every cell of a
/// personal-data column reported.
extension ScanWorker {
    /// Bytes of a delimited file read before its columns are judged, at most.
    static let profileBytes = 8 << 20
    /// The same for a SQL dump, whose tables follow one another: a table that starts later is scanned without a
    /// judgement of its columns.
    static let dumpProfileBytes = 64 << 20

    /// Opens the file's tables and reads their first rows to judge their columns: the judgement,
    /// and a fresh reader of the same kind for the scan. Nil for a file that holds no tables, or one that cannot be
    /// read (the scan that follows reports why). A dump inside a container is profiled from its first
    /// `profileBytes` only, which its member stream keeps for the scan pass.
    func readTableProfile(_ input: StreamInput) -> (profile: TableProfile, table: any TableFile)? {
        guard TableFiles.mayBeTable(input.name) else { return nil }
        var file: (any TableFile)?
        var values: [[[[UInt8]]]] = []
        let rows = options.database.sampleRows
        let maxValueBytes = options.database.maxValueBytes
        let budget =
            SQLDumpFile.isDump(input.name) && input.container.isEmpty ? Self.dumpProfileBytes : Self.profileBytes
        var full: Set<Int> = []
        _ = reader.read(input, pass: .profile) { chunk in
            if file == nil {
                let first = UnsafeRawBufferPointer(rebasing: chunk.bytes[..<chunk.reportUntil])
                file = TableFiles.open(
                    input.name, firstBytes: first.assumingMemoryBound(to: UInt8.self), naming: names.fieldNaming)
                guard file != nil else { return false }
            }
            file!.consume(chunk)
            for cell in file!.cells where cell.start >= chunk.fileOffset && cell.column < CSVCellParser.maxColumns {
                if cell.table >= values.count { values += Array(repeating: [], count: cell.table + 1 - values.count) }
                if cell.column >= values[cell.table].count {
                    values[cell.table] += Array(repeating: [], count: cell.column + 1 - values[cell.table].count)
                }
                guard values[cell.table][cell.column].count < rows else { continue }
                let start = cell.start - chunk.fileOffset
                let end = min(cell.end - chunk.fileOffset, start + maxValueBytes)
                values[cell.table][cell.column].append(Array(chunk.bytes[start..<end]))
                if values[cell.table][cell.column].count == rows { full.insert(cell.table) }
            }
            let everyTableFull = file is DelimitedFile && !full.isEmpty
            return !everyTableFull && chunk.reportedEnd < budget
        }
        guard let file, !values.isEmpty else { return nil }
        let profile = TableProfile(
            file: file, fileName: input.path, values: values, engine: engine, scratch: scratch,
            minConfidence: options.minConfidence)
        return (profile, file.restarted())
    }

    /// The bytes the detectors read: the chunk itself, or for a table file with commas between cells (a CSV,
    /// `INSERT` values) a copy whose commas are tabs, so a value is bounded by its cell (`1001,4539…,06/30` holds a card: patterns take `,digit` as part of
    /// a number, a tab as a boundary). Only delimiters are changed, so offsets and every value's bytes stay.
    func detectionBuffer(_ chunk: Chunk, table: (any TableFile)?) -> UnsafeBufferPointer<UInt8> {
        let bytes = chunk.bytes.assumingMemoryBound(to: UInt8.self)
        guard let table, !table.delimiters.isEmpty else { return bytes }
        _ = cellBoundedBytes.initialize(from: bytes)
        for offset in table.delimiters where offset >= chunk.fileOffset {
            cellBoundedBytes[offset - chunk.fileOffset] = 0x09
        }
        return UnsafeBufferPointer(start: cellBoundedBytes.baseAddress, count: bytes.count)
    }

    /// The confidence of a candidate found in a judged column, or nil when the column dismisses it: a column of
    /// plain numbers not judged to be of the candidate's type holds chance checksum passes. A column that agrees
    /// lends its own confidence (not to a placeholder: a fictional number stays one in a phone column), and the
    /// cell no longer needs reporting on its own.
    func judged(_ candidate: Candidate, confidence: Double, cell: TableCell, column: TableProfile.Column) -> Double? {
        let type = engine.catalog.detectors[candidate.detector].type
        let columnConfidence = column.confidences[type] ?? 0
        if column.numbersOnly && columnConfidence < options.minConfidence { return nil }
        if column.reportsCells, column.verdict?.type == type, coveredCells.last != cell.start {
            coveredCells.append(cell.start)
        }
        guard !engine.isPlaceholder(candidate) else { return confidence }
        return max(confidence, columnConfidence)
    }

    /// A finding for each cell of the chunk in a column judged to hold personal data that no detector reported as
    /// that type: the whole cell, with the column's type and confidence. Cells whose bytes began in an earlier
    /// chunk (a line longer than the buffer) are left to their detectors. A JSON cell is named by its key path
    /// (`fields`), like the detectors' findings in the same file.
    func appendCellFindings(
        _ table: any TableFile, profile: TableProfile, chunk: Chunk, input: StreamInput, fields: FieldTracker?,
        lines: inout LineCounter, to findings: inout [Finding]
    ) {
        var covered = coveredCells[...]
        let bytes = chunk.bytes.assumingMemoryBound(to: UInt8.self)
        for cell in table.cells where cell.start >= chunk.fileOffset {
            guard let column = profile.column(cell.column, inTable: cell.table), column.reportsCells,
                let verdict = column.verdict
            else { continue }
            while let first = covered.first, first < cell.start { covered.removeFirst() }
            if covered.first == cell.start { continue }
            let value = UnsafeBufferPointer(
                rebasing: bytes[(cell.start - chunk.fileOffset)..<(cell.end - chunk.fileOffset)])
            let described = engine.describe(
                value: value, type: verdict.type, style: column.style, secret: column.secret)
            let position = lines.position(ofFileOffset: cell.start, in: chunk)
            let span = chunk.originalSpan(cell.start, cell.end)
            let location = FileLocation(
                path: input.path, line: position.line, column: position.column, start: span.start, end: span.end,
                field: fields?.field(atFileOffset: cell.end, in: chunk)
                    ?? table.field(ofColumn: cell.column, inTable: cell.table),
                place: input.place(line: position.line, column: cell.column), container: input.container)
            var finding = Finding(
                type: verdict.type, category: verdict.category, detector: verdict.detector,
                confidence: verdict.confidence, evidence: described.evidence, fingerprint: described.fingerprint,
                source: .file, location: .file(location), revealedValue: described.revealed)
            finding.quasiIdentifier = verdict.quasiIdentifier
            findings.append(finding)
        }
    }
}

extension Finding {
    /// The start offset of a file finding (0 for a column finding), to keep a chunk's findings in file order.
    var fileStart: Int {
        if case .file(let location) = location { return location.start }
        return 0
    }
}
