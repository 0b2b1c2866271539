import PCRE2

/// Turns bytes into validated, scored candidates: prefilter → PCRE2 in small windows → validators → context.
///
/// Raw values never leave the engine: `describe` turns a candidate into masked evidence and a keyed
/// fingerprint (and the raw value only when the plan allows `--reveal`).
public struct Engine: Sendable {
    public let catalog: Catalog
    let fingerprinter: Fingerprinter
    let reveal: Bool

    package init(catalog: Catalog, fingerprinter: Fingerprinter, reveal: Bool) {
        self.catalog = catalog
        self.fingerprinter = fingerprinter
        self.reveal = reveal
    }

    /// How far past a match a pattern's lookahead may look (the chunk reader keeps as many bytes of lookbehind).
    static let lookaroundBytes = 64

    /// Confidence of a value a validator calls a placeholder (documentation ranges, test numbers).
    static let placeholderConfidence = 0.2

    /// Whether a candidate was held to `placeholderConfidence` as a placeholder (or by context); a detector whose
    /// own confidence is that low (a bare date that needs its column's name) finds weak values, not placeholders.
    func isPlaceholder(_ candidate: Candidate) -> Bool {
        candidate.confidence <= Self.placeholderConfidence
            && catalog.detectors[candidate.detector].baseConfidence > Self.placeholderConfidence
    }

    /// Detects in `buffer`, reporting only matches that start in `reportFrom..<reportUntil`; overlapping
    /// candidates of different detectors are resolved to the most confident. Returns `scratch.candidates`.
    ///
    /// A window whose match a PCRE2 resource limit stops is counted in `scratch` (`failedWindowCounts`), and the
    /// search goes on after it; a detector that fails `DetectionScratch.failedWindowsPerInput` times is not run
    /// again until `scratch.startInput()`.
    package func detect(
        _ buffer: UnsafeBufferPointer<UInt8>, reportFrom: Int, reportUntil: Int, scratch: DetectionScratch
    ) -> [Candidate] {
        scratch.reset()
        guard reportFrom < reportUntil else { return [] }
        let raw = UnsafeRawBufferPointer(buffer)
        let hot = catalog.hot.pointer
        let resumeAt = scratch.resumeAt
        let pcre2 = scratch.pcre2
        catalog.prefilter.scan(buffer, scratch: scratch)
        let hits = scratch.hits
        for index in 0..<hits.count {
            let detectorIndex = hits.base[3 * index]
            let hitStart = hits.base[3 * index + 1]
            let hitEnd = hits.base[3 * index + 2]
            if scratch.hasGivenUp(detector: detectorIndex) { continue }
            let detector = hot[detectorIndex]
            let limit = min(hitEnd + detector.after, reportUntil - 1)
            var from = max(hitStart - detector.before, resumeAt[detectorIndex], 0)
            // The subject ends where no match starting by `limit` can reach, lookahead included: PCRE2's
            // start-up scans (for a required byte) then cost the window, not the rest of the chunk.
            let end = min(raw.count, limit + detector.maxLength + Self.lookaroundBytes)
            let window = UnsafeRawBufferPointer(rebasing: raw[0..<end])
            while from <= limit {
                let found: PCRE2Match?
                do {
                    found = try detector.pattern._withUnsafeGuaranteedRef {
                        try $0.firstMatch(
                            in: window, from: from, startLimit: limit, endIsNotEndOfLine: end < raw.count,
                            scratch: pcre2)
                    }
                } catch {
                    // A resource limit: this window is not searched, and the caller reports it.
                    scratch.recordFailedWindow(detector: detectorIndex)
                    found = nil
                }
                guard let match = found else {
                    from = limit + 1
                    break
                }
                from = match.end > match.start ? match.end : match.start + 1
                if match.start >= reportFrom {
                    evaluate(match, detectorIndex: detectorIndex, buffer: buffer, scratch: scratch)
                }
            }
            resumeAt[detectorIndex] = max(resumeAt[detectorIndex], from)
        }
        resolveOverlaps(&scratch.candidates)
        return scratch.candidates
    }

    /// The reference the prefilter must equal: every detector's regex over the whole report range, no
    /// triggers. Tests compare it with `detect` on generated corpora; it is far slower.
    package func detectWithoutPrefilter(
        _ buffer: UnsafeBufferPointer<UInt8>, reportFrom: Int, reportUntil: Int, scratch: DetectionScratch
    ) -> [Candidate] {
        scratch.reset()
        let raw = UnsafeRawBufferPointer(buffer)
        for (detectorIndex, detector) in catalog.detectors.enumerated() {
            var from = 0
            while from < reportUntil {
                let found: PCRE2Match?
                do {
                    found = try detector.pattern.firstMatch(
                        in: raw, from: from, startLimit: reportUntil - 1, scratch: scratch.pcre2)
                } catch {
                    scratch.recordFailedWindow(detector: detectorIndex)
                    break
                }
                guard let match = found else { break }
                from = match.end > match.start ? match.end : match.start + 1
                if match.start >= reportFrom {
                    evaluate(match, detectorIndex: detectorIndex, buffer: buffer, scratch: scratch)
                }
            }
        }
        resolveOverlaps(&scratch.candidates)
        return scratch.candidates
    }

    /// The detail of a `pattern_limit` skip for the input `scratch` last searched (a "file", a "column"), naming
    /// each detector that gave up on windows with its count; nil when none did.
    package func patternLimitDetail(_ scratch: DetectionScratch, input: String) -> String? {
        let failures = scratch.failedWindowCounts()
        guard !failures.isEmpty else { return nil }
        let parts = failures.map { failure in
            let plural = failure.windows == 1 ? "window" : "windows"
            let stopped =
                failure.windows >= DetectionScratch.failedWindowsPerInput
                ? " and was stopped for the rest of the \(input)" : ""
            return
                "detector \(catalog.detectors[failure.detector].id) gave up on \(failure.windows) \(plural)\(stopped)"
        }
        return parts.joined(separator: "; ")
    }

    /// `A (B)`: a value in parentheses right after a number is an aside about that number (dhcpd's
    /// `DHCPREQUEST for ADDRESS (SERVER)`), not a device the line names.
    static func isAsideAfterNumber(_ span: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = span.lowerBound
        return start >= 3 && span.upperBound < buffer.count && buffer[span.upperBound] == UInt8(ascii: ")")
            && buffer[start - 1] == UInt8(ascii: "(") && buffer[start - 2] == UInt8(ascii: " ")
            && ValidatorBytes.isDigit(buffer[start - 3])
    }

    /// Runs validators and context scoring on one regex match; keeps it unless a validator rejects it. Span
    /// validators come first and may narrow the match (a name without the capitalised word after it).
    private func evaluate(
        _ match: PCRE2Match, detectorIndex: Int, buffer: UnsafeBufferPointer<UInt8>, scratch: DetectionScratch
    ) {
        let detector = catalog.detectors[detectorIndex]
        var span = match.start..<match.end
        if !detector.spanValidators.isEmpty {
            for validator in detector.spanValidators {
                guard let narrowed = validator.validSpan(span, in: buffer) else { return }
                span = narrowed
            }
        }
        var placeholder = false
        if !detector.validators.isEmpty {
            let value = Array(buffer[span])
            for validator in detector.validators {
                switch validator.validate(value) {
                case .valid: continue
                case .invalid: return
                case .placeholder: placeholder = true
                case .privateUse:
                    let identifying = detector.context.identifying
                    placeholder =
                        placeholder || identifying.isEmpty || Self.isAsideAfterNumber(span, in: buffer)
                        || ContextScorer.distance(
                            identifying, buffer, span.lowerBound, span.upperBound, detector.context.window) == nil
                }
            }
        }
        var confidence = ContextScorer.score(
            detector.baseConfidence, rule: detector.context, buffer: buffer, start: span.lowerBound,
            end: span.upperBound)
        if placeholder { confidence = min(confidence, Self.placeholderConfidence) }
        scratch.candidates.append(
            Candidate(detector: detectorIndex, start: span.lowerBound, end: span.upperBound, confidence: confidence))
    }

    /// Keeps, of every group of overlapping candidates, the most confident (then the longest, then the
    /// detector listed first), so one value is never reported as two types.
    func resolveOverlaps(_ candidates: inout [Candidate]) {
        guard candidates.count > 1 else { return }
        candidates.sort { ($0.start, $1.end, $0.detector) < ($1.start, $0.end, $1.detector) }
        var kept = 0
        for index in 1..<candidates.count {
            let candidate = candidates[index]
            if candidate.start < candidates[kept].end {
                if Self.isBetter(candidate, than: candidates[kept]) { candidates[kept] = candidate }
            } else {
                kept += 1
                candidates[kept] = candidate
            }
        }
        candidates.removeSubrange((kept + 1)...)
    }

    private static func isBetter(_ lhs: Candidate, than rhs: Candidate) -> Bool {
        if lhs.confidence != rhs.confidence { return lhs.confidence > rhs.confidence }
        if lhs.end - lhs.start != rhs.end - rhs.start { return lhs.end - lhs.start > rhs.end - rhs.start }
        return lhs.detector < rhs.detector
    }

    /// Masked evidence, keyed fingerprint, and (only with `--reveal`) the raw value of a candidate.
    package func describe(
        _ candidate: Candidate, in buffer: UnsafeBufferPointer<UInt8>
    ) -> (evidence: String, fingerprint: String, revealed: String?) {
        let detector = catalog.detectors[candidate.detector]
        let value = Array(buffer[candidate.start..<candidate.end])
        let normalized = ValueNormalizer.normalize(value, style: detector.normalize)
        return (
            EvidenceMasker.mask(value, style: detector.mask),
            fingerprinter.fingerprint(type: detector.type, normalizedValue: normalized),
            reveal ? String(decoding: value, as: UTF8.self) : nil
        )
    }

    /// Evidence shown for a secret (a credential) instead of its masked form.
    static let secretEvidence = "(secret)"

    /// How a whole value of `type` is normalised and masked: like the type's first detector, or partially masked
    /// for a type no detector has. Looked up once per column, not per value.
    package func valueStyle(forType type: String) -> (normalize: NormalizeStyle, mask: MaskStyle) {
        let detector = catalog.detectors.first { $0.type == type }
        return (detector?.normalize ?? .none, detector?.mask ?? .partial)
    }

    /// Masked evidence, keyed fingerprint and (only with `--reveal`) the raw form of a whole value that its column
    /// says is of `type` (a CSV cell), normalised and masked in `style` (`valueStyle(forType:)`). A secret shows no
    /// evidence and is never revealed.
    package func describe(
        value: UnsafeBufferPointer<UInt8>, type: String, style: (normalize: NormalizeStyle, mask: MaskStyle),
        secret: Bool
    ) -> (evidence: String, fingerprint: String, revealed: String?) {
        let value = Array(value)
        let normalized = ValueNormalizer.normalize(value, style: style.normalize)
        let fingerprint = fingerprinter.fingerprint(type: type, normalizedValue: normalized)
        guard !secret else { return (Self.secretEvidence, fingerprint, nil) }
        return (
            EvidenceMasker.mask(value, style: style.mask), fingerprint,
            reveal ? String(decoding: value, as: UTF8.self) : nil
        )
    }
}
