/// The value signal of one column: the engine run once over all sampled values joined by a separator, with
/// each candidate mapped back to its value and counted per (type, JSON path).
///
/// One engine call per column rather than per value keeps a 1,000-row sample to one prefilter pass. The
/// separator (`\n`, unit separator, `\n`) is a byte no detector matches across; a candidate spanning two values
/// is dropped.
struct ColumnMatchTally {
    /// A type found in the column, and for JSON values the key path it was found under (indices as `[*]`).
    struct Key: Hashable, Comparable {
        var type: String
        var jsonPath: String?

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.type, lhs.jsonPath ?? "") < (rhs.type, rhs.jsonPath ?? "") }
    }

    /// Values of one key: how many matched (and how many of those only at placeholder level), their summed best
    /// confidence, and the most confident candidate.
    struct Entry {
        var valuesMatched = 0
        var placeholders = 0
        var confidenceSum = 0.0
        var best: Candidate
    }

    static let separator: [UInt8] = [0x0A, 0x1F, 0x0A]

    /// The joined values; candidate offsets refer to it (for `Engine.describe`).
    private(set) var buffer: [UInt8] = []
    private(set) var entries: [Key: Entry] = [:]

    /// Runs `engine` over `sample`'s values, keeping the matches `ColumnTypeRules` accepts for its class.
    init(
        _ sample: ColumnSample, engine: Engine, nameType: String?, scratch: DetectionScratch,
        jsonPaths: JSONPathNamer?
    ) {
        var starts: [Int] = []
        var ends: [Int] = []
        starts.reserveCapacity(sample.values.count)
        ends.reserveCapacity(sample.values.count)
        for value in sample.values {
            if !buffer.isEmpty { buffer += Self.separator }
            starts.append(buffer.count)
            buffer += sample.typeClass == .integer ? Self.integerForms(value) : value
            ends.append(buffer.count)
        }
        guard !buffer.isEmpty else { return }
        scratch.startInput()
        let candidates = buffer.withUnsafeBufferPointer {
            engine.detect($0, reportFrom: 0, reportUntil: $0.count, scratch: scratch)
        }
        var perValue: [Int: [(Candidate, Int)]] = [:]
        for candidate in candidates {
            let detector = engine.catalog.detectors[candidate.detector]
            guard ColumnTypeRules.acceptsMatch(detector, in: sample.typeClass, nameType: nameType) else { continue }
            let index = Self.valueIndex(of: candidate.start, in: starts)
            guard candidate.end <= ends[index] else { continue }
            perValue[index, default: []].append((candidate, starts[index]))
        }
        for index in perValue.keys.sorted() {
            let value = sample.values[index]
            let found = perValue[index] ?? []
            let paths = Self.isJSON(value, sample.typeClass) ? jsonPaths?(value, found.map { $0.0.start - $0.1 }) : nil
            var best: [Key: Candidate] = [:]
            for (position, (candidate, _)) in found.enumerated() {
                let path = paths.flatMap { $0[position] }.map(Self.wildcardIndices)
                let key = Key(type: engine.catalog.detectors[candidate.detector].type, jsonPath: path)
                if let current = best[key], current.confidence >= candidate.confidence { continue }
                best[key] = candidate
            }
            for (key, candidate) in best {
                var entry = entries[key] ?? Entry(best: candidate)
                entry.valuesMatched += 1
                if engine.isPlaceholder(candidate) { entry.placeholders += 1 }
                entry.confidenceSum += candidate.confidence
                if candidate.confidence > entry.best.confidence { entry.best = candidate }
                entries[key] = entry
            }
        }
    }

    /// An integer as written, then, when it has 8 to 15 digits, as `+digits`: phone numbers stored as integers
    /// lose their `+`, and the E.164 detector (with its validator) can only confirm them with it back.
    static func integerForms(_ value: [UInt8]) -> [UInt8] {
        let digits = value.drop { $0 == UInt8(ascii: "-") }
        guard (8...15).contains(digits.count), digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return value }
        return value + Array(" +".utf8) + digits
    }

    /// The index of the value containing `offset` (the last start at or before it).
    private static func valueIndex(of offset: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// JSON columns, and text values that are JSON documents (SQLite stores JSON as TEXT).
    private static func isJSON(_ value: [UInt8], _ typeClass: ColumnTypeClass) -> Bool {
        if typeClass == .json { return true }
        let first = value.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\t") }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// `$.items[2].phone` → `$.items[*].phone`: one finding per key path, whatever the array position.
    static func wildcardIndices(_ path: String) -> String {
        var result = ""
        var inIndex = false
        for character in path {
            if inIndex {
                if character == "]" {
                    result += "*]"
                    inIndex = false
                }
                continue
            }
            result.append(character)
            if character == "[" { inIndex = true }
        }
        return result
    }
}
