/// Masks what a detector finds inside a name: a path component, a JSON key, a CSV header cell, a SQL identifier,
/// an error text. Names are reported as they are, so a value used as a name (a file called after a customer's
/// e-mail address, a JSON object keyed by phone numbers) would otherwise leave the engine unmasked; every
/// match at or above `minimumConfidence` is replaced by its detector's evidence mask, whatever the scan's
/// `--min-confidence`. With `--reveal` names stay as written.
///
/// Not `Sendable`: it owns a `DetectionScratch` and a cache, one per thread.
package final class NameMasker {
    private let engine: Engine
    private let scratch: DetectionScratch
    /// Names already seen, emptied when it reaches `cacheLimit`: the same keys, headers and directories recur.
    private var cache: [String: FieldNaming.Name] = [:]
    private static let cacheLimit = 4_096
    /// Placeholders (documentation addresses, test numbers) are masked too; a bare date, which is a birth date
    /// only under a birth-date field (0.15), is not, so dated folders and JSON keys stay readable.
    static let minimumConfidence = Engine.placeholderConfidence

    package init(engine: Engine) {
        self.engine = engine
        scratch = DetectionScratch(detectorCount: engine.catalog.detectors.count)
    }

    /// `name` with every detected value masked.
    package func mask(_ name: String) -> String {
        named(name).text
    }

    /// A `/`-separated path with each component masked on its own (a detector never sees across a `/`); a file
    /// name is also tried without its extension (`jane@example.org.csv` is no e-mail address, its stem is). A
    /// masked component ends in `~` and 12 hex digits of its keyed fingerprint: masks alone collide
    /// (`jane@…` and `john@…` are both `j***@…`), and a path must stay unique in reports and in the store.
    package func maskPath(_ path: String) -> String {
        guard !engine.reveal else { return path }
        return path.split(separator: "/", omittingEmptySubsequences: false).map(maskComponent).joined(separator: "/")
    }

    private func maskComponent(_ component: Substring) -> String {
        let whole = named(String(component))
        if whole.containsValue { return whole.text + tag(component) }
        guard let dot = component.lastIndex(of: "."), dot > component.startIndex else { return whole.text }
        let stem = named(String(component[..<dot]))
        return stem.containsValue ? stem.text + tag(component) + component[dot...] : whole.text
    }

    private func tag(_ component: Substring) -> String {
        "~" + engine.fingerprinter.fingerprint(type: "path", normalizedValue: Array(component.utf8)).prefix(12)
    }

    /// The naming a `FieldTracker` uses: keys and header cells through this masker, known names from the catalog.
    package var fieldNaming: FieldNaming {
        FieldNaming(
            name: { [unowned self] bytes in named(String(decoding: bytes, as: UTF8.self)) },
            isKnownField: { [engine] in engine.catalog.fieldType(named: $0) != nil })
    }

    private func named(_ name: String) -> FieldNaming.Name {
        if let known = cache[name] { return known }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        let result = maskUncached(name)
        cache[name] = result
        return result
    }

    private func maskUncached(_ name: String) -> FieldNaming.Name {
        let bytes = Array(name.utf8)
        guard !engine.reveal, !bytes.isEmpty else { return FieldNaming.Name(text: name, containsValue: false) }
        return bytes.withUnsafeBufferPointer { buffer in
            // Each name is its own input: a detector that gave up on earlier names must still run on this one.
            scratch.startInput()
            let candidates = engine.detect(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch)
                .filter { $0.confidence >= Self.minimumConfidence }
            guard !candidates.isEmpty else { return FieldNaming.Name(text: name, containsValue: false) }
            var text = ""
            var position = 0
            for candidate in candidates {
                text += String(decoding: buffer[position..<candidate.start], as: UTF8.self)
                let style = engine.catalog.detectors[candidate.detector].mask
                text += EvidenceMasker.mask(Array(buffer[candidate.start..<candidate.end]), style: style)
                position = candidate.end
            }
            text += String(decoding: buffer[position...], as: UTF8.self)
            return FieldNaming.Name(text: text, containsValue: true)
        }
    }
}
