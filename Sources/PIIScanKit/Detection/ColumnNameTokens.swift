import Foundation

/// Splits a column, header or key name into the lowercase words a person reads in it: at every run of
/// non-alphanumeric characters (`customer_email`, `E-Mail`), at camelCase and PascalCase humps
/// (`BillingAddress`, `lastLoginIp`, `IPAddress` → `ip address`) and between letters and digits
/// (`addr_line1` → `addr line 1`). Accents are folded (`prénom` → `prenom`), so one rule word serves both.
enum ColumnNameTokens {
    static func tokens(of name: String) -> [String] {
        let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var tokens: [String] = []
        var current = ""
        var previous: Character?
        let characters = Array(folded)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                flush(&current, into: &tokens)
                previous = nil
                continue
            }
            if let previous, startsWord(character, after: previous, next: characters.dropFirst(index + 1).first) {
                flush(&current, into: &tokens)
            }
            current.append(character)
            previous = character
        }
        flush(&current, into: &tokens)
        return tokens
    }

    /// `aB` (a hump), `ABc` (the last capital of an acronym starts the next word), `a1`/`1a` (digits apart).
    private static func startsWord(_ character: Character, after previous: Character, next: Character?) -> Bool {
        if character.isNumber != previous.isNumber { return true }
        guard character.isUppercase else { return false }
        if previous.isLowercase { return true }
        return previous.isUppercase && (next?.isLowercase ?? false)
    }

    private static func flush(_ current: inout String, into tokens: inout [String]) {
        if !current.isEmpty { tokens.append(current.lowercased()) }
        current = ""
    }
}
