/// What a column's type class allows: which types its values are checked for, and which name hints it can
/// back. A boolean, a UUID or a timestamp is never an email; an integer may be a phone, SSN or card number.
enum ColumnTypeRules {
    /// Classes whose values are run through the detectors (binary only holds values with `--include-binary`).
    static func scansValues(_ typeClass: ColumnTypeClass) -> Bool {
        switch typeClass {
        case .text, .json, .array, .other, .integer, .binary: true
        case .boolean, .uuid, .date, .timestamp, .floatingPoint, .decimal: false
        }
    }

    /// Whether a value match of `detector` counts in a column of `typeClass`: in integer columns only
    /// checksum- or plausibility-validated detectors count (a bare digit run is usually an id or a counter),
    /// unless the column name names the same type.
    static func acceptsMatch(_ detector: Detector, in typeClass: ColumnTypeClass, nameType: String?) -> Bool {
        guard typeClass == .integer else { return true }
        return !detector.validators.isEmpty || nameType == detector.type
    }

    /// Whether a name hint of `type` is plausible for a column of `typeClass`.
    static func acceptsName(_ type: String, in typeClass: ColumnTypeClass) -> Bool {
        switch typeClass {
        case .boolean, .uuid, .binary: false
        case .date, .timestamp: type == "date_of_birth"
        case .floatingPoint, .decimal: type == "geo_coordinates"
        case .integer: !["email", "person_name", "street_address", "date_of_birth"].contains(type)
        case .text, .json, .array, .other: true
        }
    }

    /// Classes whose values are the kind the name promises even though detectors cannot confirm them
    /// (a `date` column named `dob` holds dates; a `float` named `latitude` holds coordinates).
    static func confirmsName(_ type: String, in typeClass: ColumnTypeClass) -> Bool {
        switch typeClass {
        case .date, .timestamp: type == "date_of_birth"
        case .floatingPoint, .decimal: type == "geo_coordinates"
        default: false
        }
    }
}
