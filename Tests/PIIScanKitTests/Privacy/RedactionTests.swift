import Testing

@testable import PIIScanKit

@Suite("Redaction")
struct RedactionTests {
    @Test(
        "credentials are removed from URIs, query strings and conninfo",
        arguments: [
            ("postgres://u:secret@h/db", "postgres://u@h/db"),
            (
                "postgresql://user:p%40ss@db.example.com:5432/crm?sslmode=require",
                "postgresql://user@db.example.com:5432/crm?sslmode=require"
            ),
            ("postgres://u:p@ss@h/db", "postgres://u@h/db"),
            ("postgres://h:5432/db?password=secret", "postgres://h:5432/db"),
            ("postgres://h/db?password=secret&sslmode=require", "postgres://h/db?sslmode=require"),
            ("postgres://h/db?sslmode=require&password=secret", "postgres://h/db?sslmode=require"),
            ("postgres://h/db?user=u&PASSWORD=secret&sslmode=require", "postgres://h/db?user=u&sslmode=require"),
            ("host=h user=u password=secret dbname=db", "host=h user=u dbname=db"),
            ("host=h password = 'with \\' quote and space' dbname=db", "host=h dbname=db"),
            ("password=secret host=h", "host=h"),
            ("host=h password=secret", "host=h"),
            ("Server=h;User Id=u;Password=secret;Database=d", "Server=h;User Id=u;Database=d"),
            ("connect to postgres://admin:hunter2@db/x failed", "connect to postgres://admin@db/x failed"),
            ("sqlite:data/app.db", "sqlite:data/app.db"),
            ("postgres://h:5432/db", "postgres://h:5432/db"),
            ("postgres://user@h/db", "postgres://user@h/db"),
            ("host=h passwordless=1 dbname=db", "host=h passwordless=1 dbname=db"),
            ("notes/password=hint.txt", "notes/password=hint.txt"),
            ("", ""),
        ])
    func redacts(input: String, expected: String) {
        let redacted = Redaction.redactCredentials(in: input)
        #expect(redacted == expected)
        for secret in ["secret", "hunter2", "p%40ss", "quote and space"] {
            #expect(!redacted.contains(secret))
        }
    }

    @Test("redaction is idempotent")
    func idempotent() {
        let once = Redaction.redactCredentials(in: "postgres://u:secret@h/db?password=x&a=b host=h password=y")
        #expect(Redaction.redactCredentials(in: once) == once)
        #expect(once == "postgres://u@h/db?a=b host=h")
    }
}
