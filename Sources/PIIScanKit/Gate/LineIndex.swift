/// Maps byte offsets of one file to 1-based lines and byte columns.
struct LineIndex: Sendable {
    /// Byte offset where each line starts; the first is 0.
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The 1-based line holding `offset`.
    func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The 1-based byte column of `offset` in its line.
    func column(of offset: Int) -> Int {
        offset - starts[line(of: offset) - 1] + 1
    }
}
