/// A set of words looked up by byte range without allocating: ASCII case-insensitive, open addressing over
/// one flat byte arena. Used for `words`/`dictionary` triggers and for context words.
package struct WordTable: Sendable {
    private var arena: [UInt8] = []
    /// Slot → (offset in arena, length), or length 0 for empty.
    private var slots: [(offset: Int32, length: Int32)]
    private let mask: Int
    /// Lengths that occur, as a bit set (bit n: some word has length n, n < 64).
    package private(set) var lengths: UInt64 = 0
    package private(set) var count = 0

    package init(words: some Collection<String>) {
        var capacity = 16
        while capacity < words.count * 3 { capacity <<= 1 }
        slots = Array(repeating: (0, 0), count: capacity)
        mask = capacity - 1
        for word in words where !word.isEmpty { insert(Array(word.utf8).map(asciiLowercased)) }
    }

    /// Longest word in bytes.
    package var maxLength: Int { lengths == 0 ? 0 : 63 - lengths.leadingZeroBitCount }
    /// Shortest word in bytes.
    package var minLength: Int { lengths.trailingZeroBitCount }

    private mutating func insert(_ word: [UInt8]) {
        guard word.count < 64 else { return }
        var slot = word.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) } & mask
        while slots[slot].length != 0 {
            let existing = slots[slot]
            if Int(existing.length) == word.count,
                arena[Int(existing.offset)..<Int(existing.offset) + word.count].elementsEqual(word)
            {
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = (Int32(arena.count), Int32(word.count))
        arena.append(contentsOf: word)
        lengths |= 1 << UInt64(word.count)
        count += 1
    }

    /// FNV-1a over the ASCII-lowercased bytes.
    @inline(__always)
    private static func hash(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<length {
            hash = (hash ^ UInt64(asciiLowercased(start[index]))) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// Whether the `length` bytes at `start` (any case) are one of the words.
    @inline(__always)
    package func contains(_ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        guard length < 64, lengths & (1 << UInt64(length)) != 0 else { return false }
        var slot = Self.hash(start, length) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let entry = slots[slot]
                if entry.length == 0 { return false }
                if Int(entry.length) == length {
                    var equal = true
                    let offset = Int(entry.offset)
                    for index in 0..<length where arena[offset + index] != asciiLowercased(start[index]) {
                        equal = false
                        break
                    }
                    if equal { return true }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the word at `start` ends with one of the words (a proper suffix or the whole word).
    package func containsSuffix(of start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var remaining = lengths
        while remaining != 0 {
            let suffixLength = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            if suffixLength > length { break }
            if contains(start + (length - suffixLength), suffixLength) { return true }
        }
        return false
    }
}
