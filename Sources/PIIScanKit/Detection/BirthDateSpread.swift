/// Whether a column's values are dates spread over the years as people's birth dates are: most of them valid
/// birth dates (`BirthDateValidator`), a median age of an adult, and ages spread over decades with few recent
/// years. Dates of events (orders, logins, hires) crowd into the last years; birthdays of customers, patients or
/// staff do not. Used for columns with no name to go by (a headerless CSV), where the values are all there is.
struct BirthDateSpread {
    /// At least this many values, this share of them valid birth dates.
    static let minimumDates = 10
    static let dateShare = 0.8
    /// The median age lies in this range, in years.
    static let medianAges = 18...90
    /// The 10th to 90th percentile of ages spans at least this many years.
    static let minimumSpread = 15
    /// The youngest tenth is at least this old: event dates put far more than a tenth in the last years.
    static let minimumYoungAge = 5

    let dates: Int
    let oldestYear: Int
    let newestYear: Int

    /// Nil unless the values are birth dates by their spread.
    init?(_ values: [[UInt8]]) {
        let validator = BirthDateValidator()
        var years: [Int] = []
        for value in values where validator.validate(value) == .valid {
            guard let year = Self.year(of: value) else { continue }
            years.append(year)
        }
        guard years.count >= Self.minimumDates, Double(years.count) >= Self.dateShare * Double(values.count)
        else { return nil }
        let ages = years.map { BirthDateValidator.currentYear - $0 }.sorted()
        func percentile(_ share: Double) -> Int { ages[Int(share * Double(ages.count - 1))] }
        guard Self.medianAges.contains(percentile(0.5)), percentile(0.9) - percentile(0.1) >= Self.minimumSpread,
            percentile(0.1) >= Self.minimumYoungAge
        else { return nil }
        dates = years.count
        oldestYear = BirthDateValidator.currentYear - ages.last!
        newestYear = BirthDateValidator.currentYear - ages.first!
    }

    /// The evidence in words.
    func description(of sampled: Int) -> String {
        "\(ColumnCandidate.share(dates, of: sampled)) values are dates from \(oldestYear) to \(newestYear), "
            + "spread over the years as birth dates are"
    }

    /// The four-digit year of a date the validator accepted.
    private static func year(of value: [UInt8]) -> Int? {
        var index = 0
        while index < value.count {
            let start = index
            while index < value.count, ValidatorBytes.isDigit(value[index]) { index += 1 }
            if index - start == 4 { return value[start..<index].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
            index = max(index, start + 1)
        }
        return nil
    }
}
