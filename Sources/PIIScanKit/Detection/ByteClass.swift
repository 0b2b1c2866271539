/// 256-entry byte lookup tables used by the prefilter and context scoring: built once, read without bounds
/// checks in the hot loops.
package struct ByteTable: Sendable, Hashable {
    package private(set) var flags: [Bool]

    package init(_ predicate: (UInt8) -> Bool) {
        flags = (0...255).map { predicate(UInt8($0)) }
    }

    package init(bytes: some Sequence<UInt8>) {
        var flags = [Bool](repeating: false, count: 256)
        for byte in bytes { flags[Int(byte)] = true }
        self.flags = flags
    }

    package subscript(_ byte: UInt8) -> Bool { flags[Int(byte)] }

    package static let digits = ByteTable { $0 >= 0x30 && $0 <= 0x39 }
    package static let hexDigits = ByteTable { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
    package static let upperAlnum = ByteTable { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }
    /// Bytes that make up a word: ASCII letters and every byte of a multi-byte UTF-8 sequence.
    package static let wordBytes = ByteTable { isASCIILetter($0) || $0 >= 0x80 }
}

/// ASCII lowercase of one byte; other bytes unchanged.
@inline(__always)
package func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}

/// Whether a byte is an ASCII letter (`A-Z`, `a-z`).
@inline(__always)
package func isASCIILetter(_ byte: UInt8) -> Bool {
    byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
}
