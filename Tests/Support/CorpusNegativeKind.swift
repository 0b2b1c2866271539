/// The hard negatives the generator plants: look-alikes a scanner must not report. Raw values are the labels.
package enum CorpusNegativeKind: String, CaseIterable, Sendable {
    case uuid
    case gitSHA = "git_sha"
    case version, timestamp
    case orderID = "order_id"
    case isbn
    case luhnFailCard = "luhn_fail_card"
    case badIBAN = "bad_iban"
    case reservedEmail = "reserved_email"
    case documentationIP = "doc_ip"
    case testCard = "test_card"
    case placeholderSSN = "placeholder_ssn"

    package func value(_ random: inout CorpusRandom) -> String {
        switch self {
        case .uuid: CorpusValues.uuid(&random)
        case .gitSHA: CorpusValues.hex(&random, count: 40)
        case .version: CorpusValues.version(&random)
        case .timestamp: CorpusValues.timestamp(&random)
        case .orderID: CorpusValues.orderID(&random)
        case .isbn: CorpusValues.isbn(&random)
        case .luhnFailCard: CorpusValues.luhnFailCard(&random)
        case .badIBAN: CorpusValues.badIBAN(&random)
        case .reservedEmail: CorpusValues.reservedEmail(&random)
        case .documentationIP: CorpusValues.documentationIP(&random)
        case .testCard: CorpusValues.testCard(&random)
        case .placeholderSSN: CorpusValues.placeholderSSN(&random)
        }
    }

    /// The key the negative sits under; for the look-alikes it is the same key real PII uses, which is the point.
    package var fieldName: String {
        switch self {
        case .uuid: "request_id"
        case .gitSHA: "commit"
        case .version: "client_version"
        case .timestamp: "retry_at"
        case .orderID: "order_id"
        case .isbn: "isbn"
        case .luhnFailCard, .testCard: "card_number"
        case .badIBAN: "iban"
        case .reservedEmail: "email"
        case .documentationIP: "client_ip"
        case .placeholderSSN: "ssn"
        }
    }
}
