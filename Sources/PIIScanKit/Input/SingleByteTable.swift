import Glibc

/// The code point of every byte of a single-byte charset, built once per file through iconv (`WINDOWS-1252`,
/// `ISO-8859-15`, `WINDOWS-1250`, `KOI8-R`…). A byte the charset leaves undefined decodes to U+FFFD.
package struct SingleByteTable: Equatable, Sendable {
    /// The charset as iconv names it.
    let charset: String
    /// `scalars[byte]`: the byte's code point.
    let scalars: [UInt32]

    init?(charset: String) {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var table: [UInt32] = Array(0..<0x80)
        var defined = 0
        for byte in UInt8(0x80)...0xFF {
            let converted = Self.convert(byte, with: converter)
            if converted != nil { defined += 1 }
            table.append(converted ?? UTF8Writer.replacement)
        }
        // A multi-byte charset (Shift_JIS, GBK) leaves most lead bytes alone undecodable.
        guard defined >= 100 else { return nil }
        self.charset = charset.uppercased()
        scalars = table
    }

    /// The one code point `byte` converts to, or nil.
    private static func convert(_ byte: UInt8, with converter: iconv_t?) -> UInt32? {
        _ = iconv(converter, nil, nil, nil, nil)
        var input: [CChar] = [CChar(bitPattern: byte)]
        var output = [CChar](repeating: 0, count: 8)
        var inputLeft = 1
        var outputLeft = output.count
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress
                var outputPointer: UnsafeMutablePointer<CChar>? = outputBuffer.baseAddress
                return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        guard result != -1, inputLeft == 0 else { return nil }
        let scalars = String(decoding: output.prefix(8 - outputLeft).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .unicodeScalars
        return scalars.count == 1 ? scalars.first!.value : nil
    }
}
