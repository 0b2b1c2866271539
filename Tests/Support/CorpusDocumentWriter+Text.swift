/// Application logs, prose tickets and config files.
extension CorpusDocumentWriter {
    /// `2024-01-15T10:22:33.123Z INFO  [checkout] GET /api/v2/orders status=200 dur=12ms req=<uuid> trace=<hex>`
    mutating func writeLog(to file: inout CorpusFileWriter, size: Int) throws {
        let start = file.offset
        while file.offset - start < size {
            appendTimestamp(&file)
            file.append(byte: UInt8(ascii: " "))
            file.append(random.pick(CorpusWords.levels))
            file.append(" [")
            file.append(random.pick(CorpusWords.services))
            file.append("] ")
            file.append(random.pick(CorpusWords.logMessages))
            switch nextContent() {
            case .filler:
                break
            case .pii(let type):
                file.append(byte: UInt8(ascii: " "))
                appendKeyValue(
                    &file, key: type.fieldName, value: value(for: type), label: type.rawValue, negative: false)
            case .negative(let kind):
                file.append(byte: UInt8(ascii: " "))
                appendKeyValue(
                    &file, key: kind.fieldName, value: kind.value(&random), label: kind.rawValue, negative: true)
            }
            file.append(" status=")
            file.append(decimal: random.pick([200, 200, 200, 201, 204, 304, 400, 404, 500]))
            file.append(" dur=")
            file.append(decimal: random.int(1...1800))
            file.append("ms req=")
            file.appendUUID(random: &random)
            file.append(" trace=")
            file.append(hex: 16, random: &random)
            file.append(byte: UInt8(ascii: "\n"))
            try file.flushIfFull()
        }
    }

    /// `key=value`, or `key="value"` when the value has spaces or commas.
    private mutating func appendKeyValue(
        _ file: inout CorpusFileWriter, key: String, value: String, label: String, negative: Bool
    ) {
        file.append(string: key)
        file.append(byte: UInt8(ascii: "="))
        let quoted = value.utf8.contains(UInt8(ascii: " ")) || value.utf8.contains(UInt8(ascii: ","))
        if quoted { file.append(byte: UInt8(ascii: "\"")) }
        if negative { file.plantNegative(value, kind: label) } else { file.plant(value, type: label) }
        if quoted { file.append(byte: UInt8(ascii: "\"")) }
    }

    /// Support tickets in one language: a heading per ticket, filler sentences, and PII introduced by local words.
    mutating func writeProse(to file: inout CorpusFileWriter, size: Int, language: String) throws {
        let sentences = CorpusWords.proseFiller[language] ?? CorpusWords.proseFiller["en"]!
        let start = file.offset
        var ticket = random.int(1000...9000)
        while file.offset - start < size {
            if random.below(12) == 0 {
                ticket += 1
                file.append("\n## Ticket NW-")
                file.append(decimal: ticket)
                file.append("\n\n")
            }
            file.append(random.pick(sentences))
            switch nextContent() {
            case .filler:
                break
            case .pii(let type):
                file.append(byte: UInt8(ascii: " "))
                file.append(string: type.proseLabel(language: language))
                file.append(byte: UInt8(ascii: " "))
                file.plant(type.value(&random, language: language), type: type.rawValue)
                file.append(byte: UInt8(ascii: "."))
            case .negative(let kind):
                file.append(" Reference ")
                file.append(string: kind.fieldName.replacingUnderscores())
                file.append(byte: UInt8(ascii: " "))
                file.plantNegative(kind.value(&random), kind: kind.rawValue)
                file.append(byte: UInt8(ascii: "."))
            }
            file.append(byte: UInt8(ascii: "\n"))
            try file.flushIfFull()
        }
    }

    /// YAML service configuration: digests, commits, versions, timeouts, and the odd contact or account field.
    mutating func writeConfig(to file: inout CorpusFileWriter, size: Int) throws {
        let start = file.offset
        while file.offset - start < size {
            if random.below(10) == 0 {
                file.append("\nservice-")
                file.append(random.pick(CorpusWords.services))
                file.append(":\n")
            }
            switch nextContent() {
            case .filler:
                switch random.below(6) {
                case 0:
                    file.append("  image_digest: sha256:")
                    file.append(hex: 64, random: &random)
                case 1:
                    file.append("  commit: ")
                    file.append(hex: 40, random: &random)
                case 2:
                    file.append("  version: ")
                    file.append(decimal: random.below(12))
                    file.append(byte: UInt8(ascii: "."))
                    file.append(decimal: random.below(40))
                    file.append(byte: UInt8(ascii: "."))
                    file.append(decimal: random.below(30))
                case 3:
                    file.append("  timeout_ms: ")
                    file.append(decimal: random.int(100...30_000))
                case 4:
                    file.append("  instance_id: ")
                    file.appendUUID(random: &random)
                default:
                    file.append("  replicas: ")
                    file.append(decimal: random.int(1...12))
                }
            case .pii(let type):
                file.append("  ")
                file.append(string: type.fieldName)
                file.append(": \"")
                file.plant(value(for: type), type: type.rawValue)
                file.append(byte: UInt8(ascii: "\""))
            case .negative(let kind):
                file.append("  ")
                file.append(string: kind.fieldName)
                file.append(": \"")
                file.plantNegative(kind.value(&random), kind: kind.rawValue)
                file.append(byte: UInt8(ascii: "\""))
            }
            file.append(byte: UInt8(ascii: "\n"))
            try file.flushIfFull()
        }
    }
}

extension String {
    /// `order_id` → `order id`, for negatives mentioned in prose.
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
