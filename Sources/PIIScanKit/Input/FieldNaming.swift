/// How a `FieldTracker` turns the raw bytes of a JSON key or a CSV header cell into the name that reports show.
///
/// The scan supplies it, because only the detectors can tell that a key is itself a value (an e-mail address
/// used as an object key, a headerless CSV's first row): such parts are masked like evidence, so a name never
/// carries a raw value (`Input/` never uses `Detection/`; they meet through this closure).
package struct FieldNaming {
    /// A name as reports may show it, and whether any part of it was a detected value (and so masked).
    package struct Name: Sendable, Hashable {
        package var text: String
        package var containsValue: Bool

        package init(text: String, containsValue: Bool) {
            self.text = text
            self.containsValue = containsValue
        }
    }

    /// Names one key or header cell.
    package var name: (UnsafeBufferPointer<UInt8>) -> Name
    /// True when the name is a known column name (`email`, `Geburtsdatum`): evidence that a CSV's first row is
    /// a header.
    package var isKnownField: (String) -> Bool

    package init(
        name: @escaping (UnsafeBufferPointer<UInt8>) -> Name,
        isKnownField: @escaping (String) -> Bool
    ) {
        self.name = name
        self.isKnownField = isKnownField
    }

    /// Names as written, nothing known: for tests of the structure alone.
    package static var verbatim: FieldNaming {
        FieldNaming(
            name: { Name(text: String(decoding: $0, as: UTF8.self), containsValue: false) },
            isKnownField: { _ in false })
    }
}
