/// Writes the files of the shape corpus. Every personal value is planted with its exact byte span and type, and
/// every hard negative with its kind; what each row or paragraph holds comes from the seeded generator, so the
/// corpus is byte-deterministic for a seed.
struct CorpusShapeWriter {
    var random: CorpusRandom
    private var clock = 0

    init(random: CorpusRandom) {
        self.random = random
    }

    mutating func write(_ shape: CorpusShape, to file: inout CorpusFileWriter, size: Int, locale: CorpusLocale)
        throws
    {
        clock = random.int(0...80_000)
        switch shape {
        case .csvWithHeader: try writeCSV(to: &file, size: size, locale: locale, header: true)
        case .csvHeaderless: try writeCSV(to: &file, size: size, locale: locale, header: false)
        case .pgDump: try writePgDump(to: &file, size: size, locale: locale)
        case .apiJSON: try writeAPIJSON(to: &file, size: size, locale: locale)
        case .apiNDJSON: try writeAPINDJSON(to: &file, size: size, locale: locale)
        case .mail: try writeMail(to: &file, size: size, locale: locale)
        case .supportNotes: try writeNotes(to: &file, size: size, locale: locale)
        case .dhcpLog: try writeDHCPLog(to: &file, size: size)
        case .authLog: try writeAuthLog(to: &file, size: size, locale: locale)
        case .nginxLog: try writeNginxLog(to: &file, size: size)
        }
    }

    // MARK: shared pieces

    /// Seconds since the start of the file's day, advancing so that times increase down a file.
    mutating func tick() -> (day: Int, seconds: Int) {
        clock += random.below(40)
        return (1 + (clock / 86_400) % 28, clock % 86_400)
    }

    /// `10:22:33`.
    static func time(_ seconds: Int) -> String {
        CorpusValues.padded(seconds / 3600, 2) + ":" + CorpusValues.padded(seconds / 60 % 60, 2) + ":"
            + CorpusValues.padded(seconds % 60, 2)
    }

    /// `2024-01-15T10:22:33Z`.
    mutating func isoTimestamp() -> String {
        let (day, seconds) = tick()
        return "2024-01-\(CorpusValues.padded(day, 2))T\(Self.time(seconds))Z"
    }

    /// A private IPv4 address of a home or office network.
    mutating func privateIP() -> String {
        switch random.below(3) {
        case 0: "192.168.\(random.int(0...20)).\(random.int(2...254))"
        case 1: "10.\(random.int(0...40)).\(random.int(0...255)).\(random.int(2...254))"
        default: "172.\(random.int(16...31)).\(random.int(0...255)).\(random.int(2...254))"
        }
    }

    /// Plants `value` as a negative of `kind`.
    mutating func plantNegative(_ kind: CorpusShapeNegative, _ file: inout CorpusFileWriter) {
        file.plantNegative(kind.value(&random), kind: kind.rawValue)
    }
}
