/// The small, curated words that `PersonNameShape` reads in a name without their being names: particles
/// (`van`, `de`, `y`), honorifics and suffixes (`Dr`, `Jr`, `III`), conjunctions that join two names (`and`,
/// `und`, `et`), street words that are also surnames (`Street`, `Lane`: read as no name, so `Long Street` is
/// none), and legal forms and organisation words (`GmbH`, `Ltd`, `S.A.`, `University`), which make a value
/// an organisation. Compared folded and without dots, so `S.A.`, `sa` and `SA` are one word.
enum PersonNameWord: Sendable {
    case particle, honorific, conjunction, street, organisation

    static let table = NameKeyTable<PersonNameWord>(
        [
            (particles, PersonNameWord.particle), (honorifics, .honorific), (conjunctions, .conjunction),
            (streets, .street), (organisations, .organisation),
        ].flatMap { words, role in
            words.split(separator: " ").compactMap { word in
                NameKeyTable<PersonNameWord>.folded(word.utf8).map { ($0, role) }
            }
        },
        merge: { first, _ in first })

    private static let particles = """
        van von de der den del della delle degli di da das do dos du des la le lo las los y e ter ten te zu zum zur \
        af av bin binti bint ibn
        """
    private static let honorifics = """
        mr mrs ms miss mx dr prof sir dame herr frau mme mlle sr sra srta jr ii iii iv phd md
        """
    private static let conjunctions = "and und et en"
    private static let streets = """
        street road lane avenue drive boulevard square place court terrace crescent close alley highway \
        strasse weg gasse platz allee rue chemin calle avenida viale piazza rua travessa straat laan plein ulica \
        sokak cadde caddesi
        """
    private static let organisations = """
        gmbh mbh ag kg ohg ug ev gbr ltd limited inc incorporated llc llp lp plc corp corporation co company cie \
        sa sarl sas sasu eurl bv nv vof spa srl snc sl sau ab oy oyj asa aps kk pty pte bhd sdn sro kft zrt \
        group holding holdings bank university universitat universite foundation stiftung association verein \
        institute institut society club hotel restaurant school college hospital clinic church ministry department \
        services solutions systems technologies technology consulting partners international industries \
        enterprises studio studios records airlines media labs trust agency council committee office
        """
}
