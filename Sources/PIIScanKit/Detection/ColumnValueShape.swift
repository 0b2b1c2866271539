/// Value shapes that confirm what a column's name says though no detector would report the value alone.
enum ColumnValueShape {
    /// How many of `values` are numbers of `digits` digits written as phone numbers are (digits with
    /// `+ ( ) - . /` and spaces): bare `14033335568` in a column named `phone` is a phone number.
    static func countDigitStrings(_ values: [[UInt8]], digits: ClosedRange<Int>) -> Int {
        values.count { value in
            var count = 0
            for byte in value {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): count += 1
                case UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "."),
                    UInt8(ascii: "/"), UInt8(ascii: " "):
                    continue
                default: return false
                }
            }
            return digits.contains(count)
        }
    }

    /// A column of numbers is one where at least this share of at least `minimumNumbers` values are numbers of six
    /// or more digits (ids, sequence numbers, amounts).
    static let numberShare = 0.8
    static let minimumNumbers = 20
    /// Below this share of a number column's values, a type's checksum passes are chance (one number in ten
    /// passes Luhn, one in eleven a mod-11 check).
    static let chanceShare = 0.25

    /// How many of `values` are numbers, when they make a column of numbers.
    static func numberCount(_ values: [[UInt8]]) -> Int? {
        let numbers = countDigitStrings(values, digits: 6...40)
        guard values.count >= minimumNumbers, Double(numbers) >= numberShare * Double(values.count) else { return nil }
        return numbers
    }

    /// The number count of a column of numbers in which `matched` values passing a detector are too few to be
    /// anything but chance; nil otherwise.
    static func chanceNumbers(_ values: [[UInt8]], matched: Int) -> Int? {
        guard let numbers = numberCount(values), Double(matched) < chanceShare * Double(numbers) else { return nil }
        return numbers
    }
}
