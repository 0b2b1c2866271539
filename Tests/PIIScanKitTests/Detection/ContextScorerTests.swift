import Testing

@testable import PIIScanKit

@Suite("ContextScorer")
struct ContextScorerTests {
    private let rule = ContextRule(
        ContextSpec(
            positive: ["passport", "téléphone", "date of birth", "n° de passeport", "carte d'identité"],
            negative: ["order", "facture"]))

    /// The confidence of the value marked `«…»` in `text`, from a base of 0.5.
    private func score(_ text: String) -> Double {
        var bytes = Array(text.utf8)
        let start = bytes.indices.first { bytes[$0] == 0xC2 && bytes[$0 + 1] == 0xAB }!
        bytes.removeSubrange(start..<start + 2)
        let end = bytes.indices.first { $0 > start && bytes[$0] == 0xC2 && bytes[$0 + 1] == 0xBB }!
        bytes.removeSubrange(end..<end + 2)
        return bytes.withUnsafeBufferPointer {
            ContextScorer.score(0.5, rule: rule, buffer: $0, start: start, end: end)
        }
    }

    @Test("a cue in the same line or sentence counts; the nearer of two decides")
    func sameClause() {
        #expect(score("Passport «C01X00T47» issued") == 0.7)
        #expect(score("order 4711, passport «C01X00T47»") == 0.7)
        #expect(score("passport of the buyer, order «C01X00T47»") < 0.5)
        #expect(score("«C01X00T47» (passport)") == 0.7)
        #expect(score("passport: «C01X00T47», order") == 0.7)
        #expect(score("order «C01X00T47», passport") < 0.5)
    }

    @Test("a cue in another sentence or on the next line does not count")
    func otherClauses() {
        #expect(score("See the order. Passport «C01X00T47»") == 0.7)
        #expect(score("Passport «C01X00T47»\nOrder shipped") == 0.7)
        #expect(score("Passport «C01X00T47». Order shipped") == 0.7)
        #expect(score("Order shipped\nvalue «C01X00T47»") == 0.5)
        #expect(score("see passport office\nvalue «C01X00T47»") == 0.5)
    }

    @Test("a cue in another cell counts only when that cell is the label right before the value")
    func cells() {
        #expect(score("4711,passport,«C01X00T47»") == 0.7)
        #expect(score("passport\t«C01X00T47»") == 0.7)
        #expect(score("order-4711,2024-03-01,«C01X00T47»") == 0.5)
        #expect(score("{\"order\":4711,\"doc\":\"«C01X00T47»\"}") == 0.5)
        #expect(score("«C01X00T47»,order") == 0.5)
        #expect(score("passport: «C01X00T47», see order") == 0.7)
    }

    @Test("a label alone on the line above counts, behind a cue on the value's own line")
    func labelOnTheLineAbove() {
        #expect(score("Passport number:\n  «C01X00T47»") == 0.7)
        #expect(score("Order\n«C01X00T47» passport") == 0.7)
        #expect(score("passport,name\n«C01X00T47»,Anna") == 0.7)
    }

    @Test("abbreviations do not end a sentence")
    func abbreviations() {
        #expect(score("Order placed. Passport No. «C01X00T47»") == 0.7)
        #expect(score("Passport No. «C01X00T47»") == 0.7)
    }

    @Test("terms match ignoring case and accents, past no-break spaces and punctuation")
    func accentsAndCase() {
        #expect(score("TÉLÉPHONE : «0142685300»") == 0.7)
        #expect(score("Telephone «0142685300»") == 0.7)
        #expect(score("téléphone\u{A0}: «0142685300»") == 0.7)
        #expect(score("Facture «0142685300»") < 0.5)
        #expect(score("N° DE PASSEPORT\u{A0}: «12AB34567»") == 0.7)
        #expect(score("date_of_birth=«1985-03-12»") == 0.7)
        #expect(score("Carte d’Identité «123456789012»") == 0.7)
    }

    @Test("a word cut by the window or glued to a longer word is not a term")
    func wholeWords() {
        #expect(score("superpassport" + String(repeating: "-", count: 40) + "«C01X00T47»") == 0.5)
        #expect(score("passport" + String(repeating: "-", count: 40) + "«C01X00T47»") == 0.7)
        #expect(score("orders «C01X00T47»") == 0.5)
        #expect(score("reorder «C01X00T47»") == 0.5)
    }
}
