import Testing

@testable import PIIScanKit

/// The bundled name lexicon: it loads, holds the names of every locale it claims, folds case and diacritics,
/// and knows which names are also common words.
@Suite("NameLexicon")
struct NameLexiconTests {
    let lexicon = NameLexicon.bundled

    @Test func bundledFilesLoadWithEveryList() {
        #expect(lexicon.givenNameCount > 15_000)
        #expect(lexicon.surnameCount == 20_000)
    }

    @Test(arguments: [
        "Mary", "James", "Jürgen", "Sabine", "François", "Océane", "Pieter", "Femke", "José", "Pilar", "Giuseppe",
        "Chiara", "João", "Antônia", "Łukasz", "Małgorzata", "Mehmet", "Ayşe", "Rahul", "Priya", "Wei", "Hiroshi",
        "Minh", "Jung", "Joakim", "František", "Ivan", "Mohammed",
    ])
    func holdsGivenNamesOfEveryLocale(name: String) {
        #expect(lexicon.entry(for: name)?.givenNameRank != nil, "\(name)")
    }

    @Test(arguments: [
        "Smith", "Garcia", "Nguyen", "Kim", "Patel", "Singh", "Wang", "Rossi", "Müller", "Kowalski", "Silva",
        "Dubois", "Jansen", "Tanaka", "Hernández", "O'Brien",
    ])
    func holdsSurnamesAcrossOrigins(name: String) {
        #expect(lexicon.entry(for: name)?.surnameRank != nil, "\(name)")
    }

    @Test func ranksFollowFrequency() throws {
        let smith = try #require(lexicon.entry(for: "smith")?.surnameRank)
        let kowalski = try #require(lexicon.entry(for: "kowalski")?.surnameRank)
        #expect(smith == 1)
        #expect(smith < kowalski)
        let michael = try #require(lexicon.entry(for: "Michael")?.givenNameRank)
        let keiko = try #require(lexicon.entry(for: "Keiko")?.givenNameRank)
        #expect(michael < keiko)
    }

    @Test func lookupsFoldCaseDiacriticsAndApostrophes() {
        for (a, b) in [("MARY", "mary"), ("JÜRGEN", "jurgen"), ("Łukasz", "LUKASZ"), ("O’Brien", "obrien")] {
            #expect(lexicon.entry(for: a) != nil && lexicon.entry(for: a) == lexicon.entry(for: b), "\(a)")
        }
    }

    @Test func commonWordsThatAreNamesAreMarked() {
        for word in ["Rose", "May", "Mark", "Grant", "Young", "Street", "Long", "White", "Hill", "Rock"] {
            #expect(lexicon.entry(for: word)?.isCommonWord == true, "\(word)")
        }
        for name in ["Mary", "Johnson", "Garcia", "Jürgen"] {
            #expect(lexicon.entry(for: name)?.isCommonWord == false, "\(name)")
        }
    }

    @Test func unknownWordsAndCommonWordsAloneAreNoEntry() {
        for word in [
            "Jazz", "Action", "MPEG", "xyzzy", "",
            "a-very-long-token-that-is-longer-than-any-name-in-the-lexicon-at-all",
        ] {
            #expect(lexicon.entry(for: word) == nil, "\(word)")
        }
    }

    @Test func countriesAndLanguagesAreKnownAsNotNames() {
        for value in ["Germany", "united states", "English", "Chad", "JORDAN", "Côte d'Ivoire", "French"] {
            #expect(Array(value.utf8).withUnsafeBufferPointer { lexicon.isCountryOrLanguage($0) }, "\(value)")
        }
        #expect(!Array("Mary Smith".utf8).withUnsafeBufferPointer { lexicon.isCountryOrLanguage($0) })
    }

    @Test func aLexiconBuiltFromListsRanksByLineAndMergesLists() {
        let small = NameLexicon(
            givenNames: Array("# comment\nanna\nrose\n".utf8), surnames: Array("rose\nsmith\n".utf8),
            commonWords: Array("rose\n".utf8), notNames: Array("atlantis\n".utf8))
        #expect(small.entry(for: "Anna")?.givenNameRank == 1)
        #expect(small.entry(for: "Rose")?.givenNameRank == 2)
        #expect(small.entry(for: "Rose")?.surnameRank == 1)
        #expect(small.entry(for: "Rose")?.isCommonWord == true)
        #expect(small.entry(for: "comment") == nil)
        #expect(small.givenNameCount == 2)
    }
}
