/// A match: the byte range `start..<end` in the subject.
public struct PCRE2Match: Sendable, Hashable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
