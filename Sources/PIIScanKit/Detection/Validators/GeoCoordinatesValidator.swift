/// `geo_coordinates`: a latitude, longitude pair with latitude within ±90 and longitude within ±180;
/// `0, 0` (null island, the default of unset fields) is a placeholder.
package struct GeoCoordinatesValidator: Validator {
    package let name = "geo_coordinates"

    package init() {}

    package func validate(_ value: [UInt8]) -> ValidationVerdict {
        var parts: [Double] = []
        var index = 0
        while index < value.count, parts.count <= 2 {
            guard let parsed = Self.decimal(value, from: index) else {
                index += 1
                continue
            }
            parts.append(parsed.value)
            index = parsed.end
        }
        guard parts.count == 2, abs(parts[0]) <= 90, abs(parts[1]) <= 180 else { return .invalid }
        return parts[0] == 0 && parts[1] == 0 ? .placeholder : .valid
    }

    /// A signed decimal number starting at `start` (an optional `-` then digits, `.`, digits) and its end.
    static func decimal(_ value: [UInt8], from start: Int) -> (value: Double, end: Int)? {
        var index = start
        var sign = 1.0
        if value[index] == 0x2D {
            sign = -1
            index += 1
        }
        var result = 0.0
        var scale = 0.0
        var sawDigit = false
        while index < value.count {
            let byte = value[index]
            if ValidatorBytes.isDigit(byte) {
                let digit = Double(byte - 0x30)
                if scale == 0 {
                    result = result * 10 + digit
                } else {
                    result += digit * scale
                    scale /= 10
                }
                sawDigit = true
            } else if byte == 0x2E, scale == 0, sawDigit {
                scale = 0.1
            } else {
                break
            }
            index += 1
        }
        return sawDigit ? (sign * result, index) : nil
    }
}
