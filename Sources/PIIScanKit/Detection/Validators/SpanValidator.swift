/// A validator that judges a match where it stands instead of a copy of it: it may read the bytes around the match
/// (the title before a surname, the e-mail address after a name) and narrow the match to the part that is the
/// value (a name without the capitalised word after it). The engine runs span validators before the others, on
/// the buffer, without allocating.
package protocol SpanValidator: Validator {
    /// The part of `match` (a range of `buffer`) that is a valid value, or nil when none is.
    func validSpan(_ match: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Range<Int>?
}
