/// A detector's compiled prefilter trigger: the cheap necessary condition for any of its matches.
package struct Trigger: Sendable {
    package enum Kind: Sendable {
        /// Any byte of the table.
        case bytes(ByteTable)
        /// A cluster of class bytes joined by separators, holding at least `minimum` class bytes.
        case cluster(ClusterKey, minimum: Int)
        /// A word of a word set (index into the catalog's word groups).
        case words(WordGroupKey)
    }

    package var kind: Kind
    /// Bytes before the hit where a match may start.
    package var before: Int
    /// Bytes after the hit's end where a match may still start.
    package var after: Int
}

/// Which bytes make up the runs of a cluster trigger.
package enum ClusterClass: String, Sendable, Hashable, CaseIterable {
    case digits, hex, upper

    package var table: ByteTable {
        switch self {
        case .digits: .digits
        case .hex: .hexDigits
        case .upper: .upperAlnum
        }
    }

    /// The bit that marks this class's bytes in `ByteClassScanner`'s table.
    var scannerBit: ByteClassScanner.Bit {
        switch self {
        case .digits: .digit
        case .hex: .hex
        case .upper: .upper
        }
    }

    /// The bit that marks this class's bytes and its cluster triggers' separators.
    var scannerStretchBit: ByteClassScanner.Bit {
        switch self {
        case .digits: .digitStretch
        case .hex: .hexStretch
        case .upper: .upperStretch
        }
    }

    /// The bytes counted by a cluster's `letters` minimum (none for digits).
    var letters: ByteTable? {
        switch self {
        case .digits: nil
        case .hex: ByteTable { ByteTable.hexDigits[$0] && !ByteTable.digits[$0] }
        case .upper: ByteTable { $0 >= 0x41 && $0 <= 0x5A }
        }
    }
}

/// Identifies one cluster scan: runs of `byteClass` joined across at most `gap` bytes from `separators`,
/// firing only for clusters of at least `minimumRuns` runs (waived next to `gap` separators in a row when
/// `compressed`) holding at least `minimumLetters` letters and, when `followedBy` is not empty, followed by
/// one of its bytes. A `uniform` cluster uses one separator byte throughout: where the separator changes, a
/// new cluster begins at the last run. A cluster with a run longer than `maximumRun` is dismissed, and so is a
/// `standalone` cluster whose first run follows an ASCII letter and whose gaps are all one byte wide.
package struct ClusterKey: Sendable, Hashable {
    package var byteClass: ClusterClass
    package var separators: [UInt8]
    package var gap: Int
    package var minimumRuns: Int
    package var minimumLetters: Int
    package var followedBy: [UInt8]
    package var compressed: Bool
    package var uniform: Bool
    package var maximumRun: Int
    package var standalone: Bool
}

/// Identifies one word scan: a word list, whether words must be capitalised, whether suffixes count.
package struct WordGroupKey: Sendable, Hashable {
    package var words: [String]
    package var capitalized: Bool
    package var suffix: Bool
}
