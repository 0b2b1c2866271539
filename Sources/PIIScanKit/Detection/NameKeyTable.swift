/// An immutable open-addressing hash table from folded names (see `NameFolding`) to a payload, built once and
/// probed without allocating: keys live in one byte array, slots hold key numbers.
struct NameKeyTable<Payload: Sendable>: Sendable {
    private let keyBytes: [UInt8]
    /// Key `i` is `keyBytes[keyStarts[i] ..< keyStarts[i + 1]]`.
    private let keyStarts: [Int32]
    private let payloads: [Payload]
    /// Key number + 1 per slot, 0 for an empty slot; the count is a power of two at least twice the keys.
    private let slots: [Int32]

    /// Builds the table from folded keys; a key given twice keeps the payload `merge` makes of both.
    init(_ entries: some Sequence<([UInt8], Payload)>, merge: (Payload, Payload) -> Payload) {
        var index: [[UInt8]: Int] = [:]
        var keys: [[UInt8]] = []
        var values: [Payload] = []
        for (key, payload) in entries where !key.isEmpty && key.count <= NameFolding.maximumLength {
            if let existing = index[key] {
                values[existing] = merge(values[existing], payload)
            } else {
                index[key] = keys.count
                keys.append(key)
                values.append(payload)
            }
        }
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        for (number, key) in keys.enumerated() {
            bytes += key
            starts.append(Int32(bytes.count))
            var slot = key.withUnsafeBufferPointer { Self.hash($0) } & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(number + 1)
        }
        (keyBytes, keyStarts, payloads, self.slots) = (bytes, starts, values, slots)
    }

    var count: Int { payloads.count }

    /// The payload of a folded key, or nil.
    func payload(forFolded key: UnsafeBufferPointer<UInt8>) -> Payload? {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while true {
            let number = Int(slots[slot])
            if number == 0 { return nil }
            let start = Int(keyStarts[number - 1])
            let end = Int(keyStarts[number])
            if end - start == key.count
                && keyBytes.withUnsafeBufferPointer({ stored in
                    var offset = 0
                    while offset < key.count && stored[start + offset] == key[offset] { offset += 1 }
                    return offset == key.count
                })
            {
                return payloads[number - 1]
            }
            slot = (slot + 1) & mask
        }
    }

    /// 64-bit FNV-1a.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

extension NameKeyTable {
    /// The payload of `name` folded, or nil (also when the folded name is longer than `NameFolding.maximumLength`).
    func payload(for name: UnsafeBufferPointer<UInt8>) -> Payload? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NameFolding.maximumLength) { buffer in
            guard let length = NameFolding.fold(name, into: buffer) else { return nil }
            return payload(forFolded: UnsafeBufferPointer(rebasing: buffer[..<length]))
        }
    }

    /// `name` folded, for building a table (nil when it is too long).
    static func folded(_ name: some Collection<UInt8>) -> [UInt8]? {
        Array(name).withUnsafeBufferPointer { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NameFolding.maximumLength) { buffer in
                NameFolding.fold(source, into: buffer).map { Array(buffer[..<$0]) }
            }
        }
    }
}
