import Foundation

/// `birth_date`: a calendar-valid date (ISO `YYYY-MM-DD`, day-first or month-first numeric dates with a
/// four-digit year, or a day, a month name and a year) whose year is a plausible birth year: 1900 up to the
/// current year. Numeric dates are accepted when either the day-first or the month-first reading is valid.
/// Month names are read by their first letters, folded as `NameFolding` folds names (`März`, `février`, `août`);
/// words shorter than three letters (`de`, the `th` of `27th`, the `er` of `1er`) are skipped.
package struct BirthDateValidator: Validator {
    package let name = "birth_date"

    package init() {}

    static let earliestYear = 1900
    static let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    /// Month-name prefixes (lowercase ASCII, accents folded) in English, German, Dutch, French, Spanish,
    /// Italian and Portuguese, with their month numbers; French `juin`/`juillet` need four letters.
    static let monthPrefixes: [(StaticString, Int)] = [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12), ("mai", 5), ("okt", 10), ("dez", 12), ("mei", 5),
        ("maa", 3), ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12), ("gen", 1), ("mag", 5), ("giu", 6),
        ("lug", 7), ("set", 9), ("ott", 10), ("fev", 2), ("out", 10), ("avr", 4), ("aou", 8), ("juin", 6),
        ("juil", 7), ("mae", 3),
    ]

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        var numbers: [(value: Int, length: Int)] = []
        var month: Int?
        var index = 0
        while index < value.count {
            let start = index
            if ValidatorBytes.isDigit(value[index]) {
                var number = 0
                while index < value.count, ValidatorBytes.isDigit(value[index]), index - start < 4 {
                    number = number * 10 + Int(value[index] - 0x30)
                    index += 1
                }
                numbers.append((number, index - start))
            } else if Self.isLetter(value[index]) || value[index] >= 0x80 {
                while index < value.count, Self.isLetter(value[index]) || value[index] >= 0x80 { index += 1 }
                guard let word = Self.folded(value[start..<index]) else { return .invalid }
                guard word.count >= 3 else { continue }
                guard month == nil, let found = Self.month(word) else { return .invalid }
                month = found
            } else {
                index += 1
            }
        }
        return Self.judge(numbers: numbers, month: month) ? .valid : .invalid
    }

    static func judge(numbers: [(value: Int, length: Int)], month: Int?) -> Bool {
        if let month {
            guard numbers.count == 2 else { return false }
            let (year, day) = numbers[0].length == 4 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            return year.length == 4 && day.length <= 2 && isDate(year: year.value, month: month, day: day.value)
        }
        guard numbers.count == 3 else { return false }
        if numbers[0].length == 4 {
            return isDate(year: numbers[0].value, month: numbers[1].value, day: numbers[2].value)
        }
        guard numbers[2].length == 4, numbers[0].length <= 2, numbers[1].length <= 2 else { return false }
        let year = numbers[2].value
        return isDate(year: year, month: numbers[1].value, day: numbers[0].value)
            || isDate(year: year, month: numbers[0].value, day: numbers[1].value)
    }

    static func isDate(year: Int, month: Int, day: Int) -> Bool {
        guard (earliestYear...currentYear).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// The month a folded word names, by its longest listed prefix.
    static func month(_ word: [UInt8]) -> Int? {
        monthPrefixes.filter {
            word.count >= $0.0.utf8CodeUnitCount && ValidatorBytes.equals(word.prefix($0.0.utf8CodeUnitCount), $0.0)
        }
        .max { $0.0.utf8CodeUnitCount < $1.0.utf8CodeUnitCount }?.1
    }

    /// A word as `NameFolding` folds names (`März` → `marz`, `août` → `aout`); nil when it is too long to fold.
    static func folded(_ word: ArraySlice<UInt8>) -> [UInt8]? {
        var output = [UInt8](repeating: 0, count: NameFolding.maximumLength)
        let length = word.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { NameFolding.fold(input, into: $0) }
        }
        return length.map { Array(output.prefix($0)) }
    }
}
