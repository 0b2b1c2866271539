internal import CPCRE2

/// An error from PCRE2: its numeric code, its own message, and for compile errors the offset in the pattern.
public struct PCRE2Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// The PCRE2 error code (negative for match errors, positive for compile errors).
    public let code: Int32
    /// The message PCRE2 gives for `code`.
    public let message: String
    /// For compile errors: the byte offset in the pattern where PCRE2 stopped.
    public let patternOffset: Int?

    init(code: Int32, patternOffset: Int? = nil) {
        self.code = code
        self.message = PCRE2Error.message(for: code)
        self.patternOffset = patternOffset
    }

    /// True when a match, depth, heap or JIT stack limit stopped the match: the pattern backtracks too much on
    /// this input. Neither a match nor "no match": the caller must count the window as not searched.
    public var isResourceLimit: Bool {
        code == PCRE2_ERROR_MATCHLIMIT || code == PCRE2_ERROR_DEPTHLIMIT || code == PCRE2_ERROR_HEAPLIMIT
            || code == PCRE2_ERROR_JIT_STACKLIMIT
    }

    public var description: String {
        if let patternOffset {
            return "PCRE2 error \(code) at pattern offset \(patternOffset): \(message)"
        }
        return "PCRE2 error \(code): \(message)"
    }

    private static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            pcre2_get_error_message_8(code, pointer.baseAddress, pointer.count)
        }
        guard length > 0 else { return "unknown error" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
