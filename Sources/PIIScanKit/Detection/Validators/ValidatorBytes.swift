/// Byte helpers shared by the validators: digit extraction, case folding and checksums, without Strings.
enum ValidatorBytes {
    /// The values (0-9) of the ASCII digits of `value`, in order, every other byte skipped.
    static func digits(_ value: [UInt8]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(value.count)
        for byte in value where isDigit(byte) {
            result.append(Int(byte &- 0x30))
        }
        return result
    }

    /// The ASCII letters (uppercased) and digits of `value`, in order, every other byte skipped.
    static func alnumUpper(_ value: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(value.count)
        for byte in value {
            if isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) {
                result.append(byte)
            } else if byte >= 0x61 && byte <= 0x7A {
                result.append(byte &- 0x20)
            }
        }
        return result
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    static func isUpper(_ byte: UInt8) -> Bool {
        byte >= 0x41 && byte <= 0x5A
    }

    /// The value of one ASCII hex digit, or nil.
    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41) + 10
        case 0x61...0x66: Int(byte - 0x61) + 10
        default: nil
        }
    }

    /// ASCII lowercase of one byte.
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether the Luhn (mod 10) check holds over `digits` (the last digit being the check digit).
    static func luhnValid(_ digits: [Int]) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// The number formed by `digits` (at most 18 of them).
    static func number(_ digits: ArraySlice<Int>) -> Int {
        digits.reduce(0) { $0 * 10 + $1 }
    }

    /// Whether every digit is the same one (`111111111`).
    static func isRepdigit(_ digits: [Int]) -> Bool {
        guard let first = digits.first else { return true }
        return digits.allSatisfy { $0 == first }
    }

    /// Whether `digits` spell out the ASCII digit string `literal`.
    static func equals(_ digits: [Int], _ literal: StaticString) -> Bool {
        guard digits.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { buffer in
            zip(digits, buffer).allSatisfy { $0 == Int($1 &- 0x30) }
        }
    }

    /// Whether `digits` start with the ASCII digit string `literal`.
    static func hasPrefix(_ digits: [Int], _ literal: StaticString) -> Bool {
        guard digits.count >= literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { buffer in
            zip(digits, buffer).allSatisfy { $0 == Int($1 &- 0x30) }
        }
    }

    /// Whether `bytes` equal the ASCII `literal`.
    static func equals(_ bytes: ArraySlice<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { buffer in
            zip(bytes, buffer).allSatisfy { $0 == $1 }
        }
    }
}
