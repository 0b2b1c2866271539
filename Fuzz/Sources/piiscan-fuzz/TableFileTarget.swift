@testable import PIIScanKit

/// A table reader (`DelimitedFile`, `SQLDumpFile`, `JSONTableFile`): the input is the file, cut into chunks whose
/// size the first byte chooses. Its tables, cells and delimiters must be the same whatever the chunking (one chunk
/// is the reference), and every cell must lie inside the input.
struct TableFileTarget: FuzzTarget {
    let makeReader: @Sendable () -> any TableFile

    func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let file = Array(input.dropFirst())
        let whole = parse(file, chunkSize: max(1, file.count))
        let chunked = parse(file, chunkSize: Int(first % 64) + 1)
        precondition(whole == chunked, "cells depend on the chunking")
        for cell in whole.cells { precondition(0 <= cell.start && cell.start < cell.end && cell.end <= file.count) }
    }

    private struct Parsed: Equatable {
        var tables: [String] = []
        var cells: [TableCell] = []
        var delimiters: [Int] = []
    }

    private func parse(_ file: [UInt8], chunkSize: Int) -> Parsed {
        let reader = makeReader()
        var parsed = Parsed()
        FuzzChunks.forEach(file, size: chunkSize) { chunk in
            reader.consume(chunk)
            parsed.cells += reader.cells
            parsed.delimiters += reader.delimiters
        }
        parsed.tables = (0..<reader.tableCount).map { "\(reader.table($0))" }
        return parsed
    }
}
