/// Where the bytes of a decoded text came from: maps offsets in the UTF-8 a `DecodingSource` produced back to
/// offsets in the original file (UTF-16, Windows-1252…), so a finding's span names the original's bytes.
///
/// Runs of characters that decode alike (`decodedWidth` UTF-8 bytes from `originalWidth` original bytes each) are
/// one segment: ASCII in UTF-16 is one long run (1 from 2), and so is a Cyrillic word in Windows-1251 (2 from 1).
/// Only segments that end within `window` decoded bytes of the newest are kept, so memory stays bounded.
package final class OffsetMap {
    private struct Segment {
        var decodedStart: Int
        var originalStart: Int
        var decodedWidth: Int
        var originalWidth: Int
        var characters: Int

        var decodedEnd: Int { decodedStart + decodedWidth * characters }
    }

    private var segments: [Segment] = []
    private var first = 0
    private let window: Int

    /// `window`: how many of the newest decoded bytes stay mappable (a chunk reader's buffer and its carry).
    package init(window: Int) {
        self.window = window
    }

    /// Records one character: `decodedWidth` UTF-8 bytes at `decodedStart`, from `originalWidth` bytes at
    /// `originalStart`.
    func append(decodedStart: Int, originalStart: Int, decodedWidth: Int, originalWidth: Int) {
        if let last = segments.last, last.decodedWidth == decodedWidth, last.originalWidth == originalWidth,
            last.decodedEnd == decodedStart, last.originalStart + last.originalWidth * last.characters == originalStart
        {
            segments[segments.count - 1].characters += 1
            return
        }
        segments.append(
            Segment(
                decodedStart: decodedStart, originalStart: originalStart, decodedWidth: decodedWidth,
                originalWidth: originalWidth, characters: 1))
        forget(before: decodedStart + decodedWidth - window)
    }

    /// The original offset of decoded offset `decoded`: a character's first byte for any byte of it, and the end of
    /// the original for the end of the decoded text.
    package func originalOffset(of decoded: Int) -> Int {
        var low = first
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].decodedEnd <= decoded { low = middle + 1 } else { high = middle }
        }
        guard low < segments.count else {
            guard let last = segments.last else { return decoded }
            return last.originalStart + last.originalWidth * last.characters + (decoded - last.decodedEnd)
        }
        let segment = segments[low]
        let characters = max(0, decoded - segment.decodedStart) / segment.decodedWidth
        return segment.originalStart + characters * segment.originalWidth
    }

    private func forget(before decoded: Int) {
        while first < segments.count - 1, segments[first].decodedEnd <= decoded { first += 1 }
        if first > 4_096 && first * 2 > segments.count {
            segments.removeFirst(first)
            first = 0
        }
    }
}
