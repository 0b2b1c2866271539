import Testing

@testable import PIIScanKit

@Suite("SQL error text redaction")
struct SQLErrorTextTests {
    @Test("literals from the statement are removed; identifiers the database names are kept")
    func redaction() {
        #expect(SQLErrorText.redacted("near \"'ann@example.com'\": syntax error") == "near \"…\": syntax error")
        #expect(SQLErrorText.redacted("near \"persons\": syntax error") == "near \"persons\": syntax error")
        #expect(SQLErrorText.redacted("unrecognized token: \"'abc\"") == "unrecognized token: \"…\"")
        #expect(
            SQLErrorText.redacted("invalid input syntax for type integer: \"4111 1111\" (SQLSTATE 22P02)")
                == "invalid input syntax for type integer: \"…\" (SQLSTATE 22P02)")
        #expect(
            SQLErrorText.redacted("relation \"users\" does not exist (SQLSTATE 42P01)")
                == "relation \"users\" does not exist (SQLSTATE 42P01)")
        #expect(SQLErrorText.redacted("value 'secret' too long") == "value '…' too long")
    }
}
