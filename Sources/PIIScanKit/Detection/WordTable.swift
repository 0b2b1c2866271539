/// A set of words looked up by byte range without allocating: ASCII case-insensitive, open addressing over
/// one flat byte arena. Used for `words`/`dictionary` triggers and for context words. Built from several lists,
/// it answers with a mask of the lists holding the word, so one lookup serves them all.
package struct WordTable: Sendable {
    /// Keeps the memory `raw` points into alive.
    private let arena: FrozenBuffer<UInt8>
    private let slots: FrozenBuffer<WordSlot>
    private let masks: FrozenBuffer<UInt64>
    private let prefixStorage: FrozenBuffer<UInt64>
    private let endingStorage: FrozenBuffer<UInt64>
    /// The pointer view the hot loops use.
    package let raw: RawWordTable

    package var count: Int { raw.count }

    package init(words: some Collection<String>) {
        self.init(lists: [Array(words)])
    }

    /// A table over up to 64 lists: a word's mask has bit `i` when `lists[i]` holds it.
    package init(lists: [[String]]) {
        precondition(lists.count <= 64, "a word table holds at most 64 lists")
        var capacity = 16
        while capacity < lists.map(\.count).reduce(0, +) * 3 { capacity <<= 1 }
        var slots = [WordSlot](repeating: WordSlot(offset: 0, length: 0), count: capacity)
        var masks = [UInt64](repeating: 0, count: capacity)
        var arena: [UInt8] = []
        var lengths: UInt64 = 0
        var prefixes = [UInt64](repeating: 0, count: 1024)
        var endings = [UInt64](repeating: 0, count: 1024)
        let words = lists.enumerated().flatMap { entry in
            entry.element.map { (list: entry.offset, bytes: Array($0.utf8).map(asciiLowercased)) }
        }.filter { !$0.bytes.isEmpty && $0.bytes.count < 64 }
        let endingLength = min(words.map(\.bytes.count).min() ?? 1, RawWordTable.longestEnding)
        var count = 0
        for (list, bytes) in words {
            var slot = bytes.withUnsafeBufferPointer { RawWordTable.hash($0.baseAddress!, $0.count) } & (capacity - 1)
            var duplicate = false
            while slots[slot].length != 0 {
                let existing = slots[slot]
                if Int(existing.length) == bytes.count,
                    arena[Int(existing.offset)..<Int(existing.offset) + bytes.count].elementsEqual(bytes)
                {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & (capacity - 1)
            }
            masks[slot] |= 1 << UInt64(list)
            guard !duplicate else { continue }
            slots[slot] = WordSlot(offset: Int32(arena.count), length: Int32(bytes.count))
            arena.append(contentsOf: bytes)
            lengths |= 1 << UInt64(bytes.count)
            let prefix = RawWordTable.prefixKey(bytes[0], bytes.count > 1 ? bytes[1] : 0, length: bytes.count)
            prefixes[prefix >> 6] |= 1 << UInt64(prefix & 63)
            let ending = bytes.withUnsafeBufferPointer {
                RawWordTable.endingKey($0.baseAddress! + bytes.count - endingLength, endingLength)
            }
            endings[ending >> 6] |= 1 << UInt64(ending & 63)
            count += 1
        }
        self.arena = FrozenBuffer(arena)
        self.slots = FrozenBuffer(slots)
        self.masks = FrozenBuffer(masks)
        prefixStorage = FrozenBuffer(prefixes)
        endingStorage = FrozenBuffer(endings)
        raw = RawWordTable(
            arena: self.arena.pointer, slots: self.slots.pointer, masks: self.masks.pointer, mask: capacity - 1,
            lengths: lengths, prefixes: prefixStorage.pointer, endings: endingStorage.pointer,
            endingLength: endingLength, count: count)
    }

    /// Whether the `length` bytes at `start` (any case) are one of the words.
    package func contains(_ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        raw.contains(start, length)
    }

    /// Whether the word at `start` ends with one of the words (a proper suffix or the whole word).
    package func containsSuffix(of start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        raw.containsSuffix(of: start, length)
    }
}

/// One slot of the open-addressing table: a word's offset and length in the arena (length 0: empty).
struct WordSlot: BitwiseCopyable {
    var offset: Int32
    var length: Int32
}

/// A `WordTable` seen through raw pointers: trivially copyable, so looking a word up costs no reference
/// counting. Valid only while the `WordTable` it came from is alive.
package struct RawWordTable: @unchecked Sendable, BitwiseCopyable {
    let arena: UnsafePointer<UInt8>
    let slots: UnsafePointer<WordSlot>
    /// Per slot: the lists holding its word.
    let masks: UnsafePointer<UInt64>
    let mask: Int
    /// Bit n set: some word has length n (n < 64).
    let lengths: UInt64
    /// A 65,536-bit set of the words' first two bytes (lowercased; the second is 0 for one-byte words) and
    /// lengths, hashed by `prefixKey`: most words of a text are dismissed by it before they are hashed.
    let prefixes: UnsafePointer<UInt64>
    /// A 65,536-bit set of the words' last `endingLength` bytes (lowercased, hashed by `endingKey`): a suffix
    /// lookup dismisses a word whose ending no word has before trying each length. Three bytes, not one: the
    /// street-name suffixes end in letters that most words end in (`-er`, `-an`, `-in`), and testing only the
    /// last byte left the suffix lookups at 6–8% of a scan.
    let endings: UnsafePointer<UInt64>
    /// The bytes `endings` keys on: the shortest word's length, at most `longestEnding`.
    let endingLength: Int
    let count: Int

    static let longestEnding = 3

    /// The index in `prefixes` of a word's first two bytes and its length: with the length mixed in, a common
    /// beginning (`st` of `street`) no longer admits every word that starts the same way.
    @inline(__always)
    static func prefixKey(_ first: UInt8, _ second: UInt8, length: Int) -> Int {
        ((Int(asciiLowercased(first)) &* 31 &+ Int(asciiLowercased(second))) &* 61 &+ length) & 0xFFFF
    }

    /// The index in `endings` of the `length` (at most 3) lowercased bytes at `start`.
    @inline(__always)
    static func endingKey(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int {
        var key = 0
        for index in 0..<length { key = key &* 31 &+ Int(asciiLowercased(start[index])) }
        return key & 0xFFFF
    }

    /// FNV-1a over the ASCII-lowercased bytes.
    @inline(__always)
    static func hash(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<length {
            hash = (hash ^ UInt64(asciiLowercased(start[index]))) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    @inline(__always)
    func contains(_ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        lists(holding: start, length) != 0
    }

    /// The mask of the lists holding the `length` bytes at `start` (any case); 0 for none.
    @inline(__always)
    func lists(holding start: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        guard length < 64, lengths & (1 << UInt64(length)) != 0 else { return 0 }
        let prefix = Self.prefixKey(start[0], length > 1 ? start[1] : 0, length: length)
        guard prefixes[prefix >> 6] & (1 << UInt64(prefix & 63)) != 0 else { return 0 }
        var slot = Self.hash(start, length) & mask
        while true {
            let entry = slots[slot]
            if entry.length == 0 { return 0 }
            if Int(entry.length) == length {
                let word = arena + Int(entry.offset)
                var equal = true
                for index in 0..<length where word[index] != asciiLowercased(start[index]) {
                    equal = false
                    break
                }
                if equal { return masks[slot] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the word at `start` ends with one of the words: the ending test inline (most words stop there),
    /// the lookups per word length out of line.
    @inline(__always)
    func containsSuffix(of start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        guard length >= endingLength else { return false }
        let ending = Self.endingKey(start + length - endingLength, endingLength)
        guard endings[ending >> 6] & (1 << UInt64(ending & 63)) != 0 else { return false }
        return containsSuffixOfSomeLength(start, length)
    }

    @inline(never)
    private func containsSuffixOfSomeLength(_ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
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
