@testable import PIIScanKit

/// The CSV parser behind `DelimitedFile`: the input is the file, cut into chunks whose size the first byte
/// chooses. The header, the cells and the delimiters must be the same whatever the chunking (one chunk is the
/// reference), and every cell must lie inside the file.
struct DelimitedFileTarget: FuzzTarget {
    func run(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let file = Array(input.dropFirst())
        let whole = parse(file, chunkSize: max(1, file.count))
        let chunked = parse(file, chunkSize: Int(first % 64) + 1)
        precondition(whole == chunked, "cells depend on the chunking")
        for cell in whole.cells { precondition(0 <= cell.start && cell.start < cell.end && cell.end <= file.count) }
    }

    private struct Parsed: Equatable {
        var headers: [String]
        var cells: [CSVCell]
        var delimiters: [Int]
    }

    private func parse(_ file: [UInt8], chunkSize: Int) -> Parsed {
        let table = DelimitedFile(delimiter: UInt8(ascii: ","), naming: .verbatim)
        var parsed = Parsed(headers: [], cells: [], delimiters: [])
        file.withUnsafeBytes { raw in
            var start = 0
            while start < raw.count {
                let end = min(raw.count, start + chunkSize)
                let chunk = Chunk(
                    bytes: UnsafeRawBufferPointer(rebasing: raw[start..<end]), fileOffset: start, reportFrom: 0,
                    reportUntil: end - start, isLast: end == raw.count)
                table.consume(chunk)
                parsed.cells += table.cells
                parsed.delimiters += table.delimiters
                start = end
            }
        }
        parsed.headers = table.headers
        return parsed
    }
}
