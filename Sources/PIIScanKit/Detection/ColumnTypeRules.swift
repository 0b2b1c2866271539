/// What a column's type class allows: which types its values are checked for, and which name rules it can
/// back. A boolean, a UUID or a timestamp is never an email; a number is never a phone or a card number by its
/// value alone; an `inet` column holds IP addresses whatever it is called.
enum ColumnTypeRules {
    /// Classes whose values are run through the detectors (binary only holds values with `--include-binary`).
    static func scansValues(_ typeClass: ColumnTypeClass) -> Bool {
        switch typeClass {
        case .text, .json, .array, .other, .integer, .binary, .ipAddress, .macAddress: true
        case .boolean, .uuid, .date, .timestamp, .floatingPoint, .decimal: false
        }
    }

    /// Whether a value match of `detector` counts in a column of `typeClass`. In numeric columns a value counts
    /// only when the column name names the same type: a byte count or a random key passes a phone or Luhn
    /// check often enough to fill a report. An `inet`/`macaddr` column holds only its own type.
    static func acceptsMatch(_ detector: Detector, in typeClass: ColumnTypeClass, nameType: String?) -> Bool {
        switch typeClass {
        case .integer, .decimal, .floatingPoint: nameType == detector.type
        case .ipAddress: detector.type == "ip_address"
        case .macAddress: detector.type == "mac_address"
        default: true
        }
    }

    /// Types whose values are never stored as numbers.
    private static let textOnlyTypes: Set<String> = [
        "email", "person_name", "street_address", "date_of_birth", "username", "city", "region", "country",
        "job_title",
    ]

    /// Whether a name rule of `type` is plausible for a column of `typeClass`.
    static func acceptsName(_ type: String, in typeClass: ColumnTypeClass) -> Bool {
        switch typeClass {
        case .boolean, .uuid, .binary: false
        case .date, .timestamp: type == "date_of_birth"
        case .floatingPoint, .decimal: type == "geo_coordinates"
        case .integer: !textOnlyTypes.contains(type)
        case .ipAddress: type == "ip_address"
        case .macAddress: type == "mac_address"
        case .text, .json, .array, .other: true
        }
    }

    /// The type the column's type class alone proves (`inet` → `ip_address`), whatever the name says.
    static func impliedType(_ typeClass: ColumnTypeClass) -> String? {
        switch typeClass {
        case .ipAddress: "ip_address"
        case .macAddress: "mac_address"
        default: nil
        }
    }

    /// Whether the class confirms what a name promises though no detector can (a `date` column named `dob`
    /// holds dates; a `float` named `latitude` holds coordinates; an `inet` column holds IP addresses).
    static func confirmsName(_ type: String, in typeClass: ColumnTypeClass) -> Bool {
        switch typeClass {
        case .date, .timestamp: type == "date_of_birth"
        case .floatingPoint, .decimal: type == "geo_coordinates"
        case .ipAddress: type == "ip_address"
        case .macAddress: type == "mac_address"
        default: false
        }
    }
}
