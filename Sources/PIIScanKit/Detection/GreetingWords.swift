/// Greetings that open a letter or a message to a person (`Dear`, `Hallo`, `Bonjour`, `Hola`, `Ciao`, `Olá`,
/// `Beste`), for `PersonNameValidator`: after one, a known given name alone that closes the greeting (`Hola
/// Montserrat,`) is a name.
enum GreetingWords {
    /// Whether a greeting ends right before `index` (one to three spaces between).
    static func precedes(
        _ index: Int, in buffer: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Bool {
        PrecedingWord.folded(before: index, in: buffer, scratch: scratch).map {
            table.payload(forFolded: $0.key) != nil
        } ?? false
    }

    /// Whether the greeting closes right after `index`: a comma, `!` or `:`, or the line's end, after spaces.
    static func closes(after index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = index
        while position < buffer.count && buffer[position] == 0x20 { position += 1 }
        guard position < buffer.count else { return true }
        return [UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: ":"), 0x0A, 0x0D].contains(buffer[position])
    }

    private static let words = """
        dear hi hello hey hallo liebe lieber bonjour bonsoir salut coucou hola querido querida estimado \
        estimada ciao salve caro cara gentile ola prezado prezada beste hoi dag
        """

    private static let table = NameKeyTable<Bool>(
        words.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { word in
            NameKeyTable<Bool>.folded(word.utf8).map { ($0, true) }
        },
        merge: { first, _ in first })
}
