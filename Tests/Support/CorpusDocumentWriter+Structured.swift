/// CSV exports, pretty-printed JSON and NDJSON event streams.
extension CorpusDocumentWriter {
    private static let csvColumns: [CorpusPIIType: Int] = [.personName: 2, .email: 3, .phone: 4, .iban: 5]

    /// `id,created_at,customer_name,customer_email,phone,iban,amount,currency,status,note` with most PII cells empty.
    mutating func writeCSV(to file: inout CorpusFileWriter, size: Int) throws {
        let start = file.offset
        file.append("id,created_at,customer_name,customer_email,phone,iban,amount,currency,status,note\n")
        while file.offset - start < size {
            file.append(decimal: nextRow())
            file.append(byte: UInt8(ascii: ","))
            appendTimestamp(&file, separator: UInt8(ascii: " "))
            let content = nextContent()
            var column: Int?
            if case .pii(let type) = content { column = Self.csvColumns[type] }
            for index in 2...5 {
                file.append(byte: UInt8(ascii: ","))
                if index == column, case .pii(let type) = content {
                    appendCell(&file, value(for: type), label: type.rawValue)
                }
            }
            file.append(byte: UInt8(ascii: ","))
            appendAmount(&file)
            file.append(byte: UInt8(ascii: ","))
            file.append(random.pick([Array("EUR".utf8), Array("GBP".utf8), Array("USD".utf8)]))
            file.append(byte: UInt8(ascii: ","))
            file.append(random.pick([Array("shipped".utf8), Array("paid".utf8), Array("refunded".utf8)]))
            file.append(byte: UInt8(ascii: ","))
            switch content {
            case .pii(let type) where column == nil:
                file.append(byte: UInt8(ascii: "\""))
                file.append(string: type.proseLabel(language: "en"))
                file.append(byte: UInt8(ascii: " "))
                file.plant(value(for: type), type: type.rawValue)
                file.append(byte: UInt8(ascii: "\""))
            case .negative(let kind):
                file.append(byte: UInt8(ascii: "\""))
                file.append(string: kind.fieldName)
                file.append(byte: UInt8(ascii: " "))
                file.plantNegative(kind.value(&random), kind: kind.rawValue)
                file.append(byte: UInt8(ascii: "\""))
            default:
                file.append("sku ")
                file.append(random.pick(CorpusWords.products))
            }
            file.append(byte: UInt8(ascii: "\n"))
            try file.flushIfFull()
        }
    }

    private func appendCell(_ file: inout CorpusFileWriter, _ value: String, label: String) {
        let quoted = value.utf8.contains(UInt8(ascii: ",")) || value.utf8.contains(UInt8(ascii: " "))
        if quoted { file.append(byte: UInt8(ascii: "\"")) }
        file.plant(value, type: label)
        if quoted { file.append(byte: UInt8(ascii: "\"")) }
    }

    /// A pretty-printed array of order objects, each with a nested `order` and `customer` object.
    mutating func writeJSON(to file: inout CorpusFileWriter, size: Int) throws {
        let start = file.offset
        file.append("[\n")
        var first = true
        while file.offset - start < size {
            if !first { file.append(",\n") }
            first = false
            file.append("  {\n    \"id\": \"")
            file.appendUUID(random: &random)
            file.append("\",\n    \"created_at\": \"")
            appendTimestamp(&file)
            file.append("\",\n    \"order\": {\n      \"sku\": \"")
            file.append(random.pick(CorpusWords.products))
            file.append("\",\n      \"quantity\": ")
            file.append(decimal: random.int(1...5))
            file.append(",\n      \"total\": ")
            appendAmount(&file)
            file.append("\n    },\n    \"customer\": {\n      \"tier\": \"")
            file.append(random.pick([Array("gold".utf8), Array("silver".utf8), Array("basic".utf8)]))
            file.append(byte: UInt8(ascii: "\""))
            appendJSONField(&file, content: nextContent(ratioScale: 10), pretty: true)
            file.append("\n    }\n  }")
            try file.flushIfFull()
        }
        file.append("\n]\n")
    }

    /// One event object per line.
    mutating func writeNDJSON(to file: inout CorpusFileWriter, size: Int) throws {
        let start = file.offset
        while file.offset - start < size {
            file.append("{\"event\":\"order.created\",\"id\":\"")
            file.appendUUID(random: &random)
            file.append("\",\"ts\":\"")
            appendTimestamp(&file)
            file.append("\",\"order\":{\"sku\":\"")
            file.append(random.pick(CorpusWords.products))
            file.append("\",\"qty\":")
            file.append(decimal: random.int(1...5))
            file.append(",\"total\":")
            appendAmount(&file)
            file.append("},\"customer\":{\"tier\":\"")
            file.append(random.pick([Array("gold".utf8), Array("silver".utf8), Array("basic".utf8)]))
            file.append(byte: UInt8(ascii: "\""))
            appendJSONField(&file, content: nextContent(), pretty: false)
            file.append("}}\n")
            try file.flushIfFull()
        }
    }

    /// Appends `,"key":"value"` (or the pretty form) for a PII or negative line; nothing for filler.
    private mutating func appendJSONField(_ file: inout CorpusFileWriter, content: LineContent, pretty: Bool) {
        let key: String
        let value: String
        let label: String
        switch content {
        case .filler:
            return
        case .pii(let type):
            (key, value, label) = (type.fieldName, self.value(for: type), type.rawValue)
        case .negative(let kind):
            (key, value, label) = (kind.fieldName, kind.value(&random), kind.rawValue)
        }
        file.append(pretty ? ",\n      \"" : ",\"")
        file.append(string: key)
        file.append(pretty ? "\": \"" : "\":\"")
        if case .pii = content { file.plant(value, type: label) } else { file.plantNegative(value, kind: label) }
        file.append(byte: UInt8(ascii: "\""))
    }
}
