import Foundation
import Testing

@testable import PIIScanKit

/// Values that are people's names against the things real `name` columns also hold (genres, media types,
/// languages, countries, companies, codes), and the column judgement over a sample.
@Suite("PersonNameShape")
struct PersonNameShapeTests {
    static func looksLikeName(_ value: String) -> Bool { PersonNameShape.looksLikeName(Array(value.utf8)) }

    @Test(arguments: [
        "MARY", "Mary", "Mary Smith", "MARY SMITH", "R.A. Smith-Diesel", "J. White", "Mark Grant", "Rose Hill",
        "Jürgen Müller", "Łukasz Kowalski", "Ayşe Yılmaz", "José María García", "Ludwig van Beethoven",
        "Dr. Priya Patel", "Martin Luther King Jr.", "Nguyen Thi Minh", "O'Brien", "Anne-Sophie Dubois",
        "Angus Young, Malcolm Young, Brian Johnson", "Garcia/Johnson", "Anna & Peter", "Diane Lane",
        "Johnson and Johnson",
        "  Hiroshi Tanaka  ", "Maria Xyzzy", "A.G. Smith",
    ])
    func acceptsNames(value: String) {
        #expect(Self.looksLikeName(value), "\(value)")
    }

    @Test(arguments: [
        // genres, media types, categories, languages, products: Chinook and Sakila `name` columns
        "Rock", "Jazz", "Metal", "Blues", "Easy Listening", "Alternative & Punk", "R&B/Soul", "TV Shows",
        "Sci Fi & Fantasy", "MPEG audio file", "Protected AAC audio file", "English", "Latin", "Action",
        "Young", "Street", "Long Street", "iPhone 15", "Apple iPhone",
        // organisations
        "Müller GmbH", "Smith Ltd", "Johnson Controls Inc.", "García S.A.", "Dupont SARL", "Siemens AG",
        "Jansen B.V.", "Barclays plc", "Smith & Co.", "Oxford University", "Johnson Controls International",
        // countries, cities, codes of two capitals
        "Chad", "Jordan", "Germany", "United Kingdom", "Boston", "Berlin", "Paris", "New York", "São Paulo", "IL",
        "France, Germany", "Paris/Berlin",
        // codes, addresses, e-mails, sentences
        "AB-1234", "R2D2", "mary@example.com", "12 High Street", "Mary Smith 2", "mary smith",
        "The quick brown fox jumps", "Mary_Smith", "Smith (admin)", "", "   ", "J.", ",",
    ])
    func rejectsThingsThatAreNoPersonsName(value: String) {
        #expect(!Self.looksLikeName(value), "\(value)")
    }

    @Test func commonWordsCountOnTheirOwnOnlyInAPersonContext() {
        for value in ["ROSE", "Young", "MARK", "SMITH", "Grant"] {
            #expect(!PersonNameShape.looksLikeName(Array(value.utf8)), "\(value)")
            #expect(PersonNameShape.looksLikeName(Array(value.utf8), personContext: true), "\(value)")
        }
        for value in ["Jazz", "Chad", "Smith GmbH", "IL", "MPEG audio file"] {
            #expect(!PersonNameShape.looksLikeName(Array(value.utf8), personContext: true), "\(value)")
        }
    }

    @Test func judgesAColumnOfNames() {
        let values = ["MARY", "PATRICIA", "LINDA", "BARBARA", "ELIZABETH", "JENNIFER", "MARIA", "SUSAN"]
        let judgement = PersonNameShape.judge(values: values.map { Array($0.utf8) })
        #expect(judgement.matched == 8 && judgement.sampled == 8)
        #expect(judgement.lowerBound > 0.6)
    }

    @Test func judgesAColumnOfGenres() {
        let genres = [
            "Rock", "Jazz", "Metal", "Alternative & Punk", "Rock And Roll", "Blues", "Latin", "Reggae", "Pop",
            "Soundtrack", "Bossa Nova", "Easy Listening", "Heavy Metal", "R&B/Soul", "Electronica/Dance", "World",
            "Hip Hop/Rap", "Science Fiction", "TV Shows", "Sci Fi & Fantasy", "Drama", "Comedy", "Alternative",
            "Classical", "Opera",
        ]
        let judgement = PersonNameShape.judge(values: genres.map { Array($0.utf8) })
        #expect(judgement.sampled == genres.count)
        #expect(judgement.lowerBound < 0.15, "\(judgement)")
    }

    @Test func theLowerBoundWeighsTheSampleSize() {
        let few = PersonNameJudgement(matched: 1, sampled: 2)
        let many = PersonNameJudgement(matched: 500, sampled: 1_000)
        #expect(abs(few.lowerBound - 0.0945) < 0.001)
        #expect(abs(many.lowerBound - 0.469) < 0.001)
        #expect(PersonNameJudgement(matched: 1, sampled: 104).lowerBound < 0.06)
        #expect(PersonNameJudgement(matched: 184, sampled: 718).lowerBound > 0.22)
        #expect(PersonNameJudgement(matched: 0, sampled: 0).lowerBound == 0)
    }

    @Test func emptyValuesAreNotSampled() {
        let judgement = PersonNameShape.judge(values: [[], Array("  ".utf8), Array("Mary Smith".utf8)])
        #expect(judgement == PersonNameJudgement(matched: 1, sampled: 1))
    }

    /// About 0.6 ms in a release build; a debug build (how the tests run) is some ten times slower.
    @Test func aThousandValuesTakeWellUnderTwoMilliseconds() {
        let given = ["Mary", "JOHN", "Jürgen", "Priya", "Rock", "MPEG audio file", "Hiroshi Tanaka", "Smith GmbH"]
        let values = (0..<1_000).map { Array("\(given[$0 % given.count]) \(given[($0 / 8) % given.count])".utf8) }
        _ = PersonNameShape.judge(values: values)  // loads the lexicon
        var best = Double.infinity
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = PersonNameShape.judge(values: values)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        #if DEBUG
            let limit = 50.0
        #else
            let limit = 2.0
        #endif
        #expect(best < limit, "\(best) ms")
    }
}
