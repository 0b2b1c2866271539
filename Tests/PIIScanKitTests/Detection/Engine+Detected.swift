@testable import PIIScanKit

extension Engine {
    /// Every candidate the engine reports in `text`, as its type, its value and its confidence: through the
    /// prefilter, or (`prefilter: false`) with every detector's regex run over the whole text.
    func detected(_ text: String, prefilter: Bool = true) -> [(type: String, value: String, confidence: Double)] {
        let bytes = Array(text.utf8)
        let scratch = DetectionScratch(detectorCount: catalog.detectors.count)
        return bytes.withUnsafeBufferPointer { buffer in
            let candidates =
                prefilter
                ? detect(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch)
                : detectWithoutPrefilter(buffer, reportFrom: 0, reportUntil: buffer.count, scratch: scratch)
            return candidates.map {
                (
                    catalog.detectors[$0.detector].type, String(decoding: bytes[$0.start..<$0.end], as: UTF8.self),
                    $0.confidence
                )
            }
        }
    }
}
