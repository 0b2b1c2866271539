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
}
