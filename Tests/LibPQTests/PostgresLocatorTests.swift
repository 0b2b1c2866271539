import LibPQ
import Testing

/// Credential-free locators from URIs and conninfo strings, without a server.
@Suite("PostgresLocator")
struct PostgresLocatorTests {
    @Test(arguments: [
        ("postgres://alice:s3cret@db.example.com:6543/crm?sslmode=require", "postgres://db.example.com:6543/crm"),
        ("postgresql://alice:s3cret@db.example.com:5432/crm", "postgres://db.example.com:5432/crm"),
        ("host=db.example.com port=6543 dbname=crm user=alice password=s3cret", "postgres://db.example.com:6543/crm"),
        ("host=/run/pg port=5432 dbname=crm password=s3cret", "postgres://%2Frun%2Fpg:5432/crm"),
        ("postgres://alice:s3cret@[::1]:5433/crm", "postgres://[::1]:5433/crm"),
        ("postgres://alice:s3cret@db.example.com:6543/My%20Db", "postgres://db.example.com:6543/My%20Db"),
    ])
    func displayFormHasNoCredentials(target: String, expected: String) throws {
        let locator = try PostgresLocator(target: target)
        #expect(locator.displayForm == expected)
        #expect(!locator.displayForm.contains("s3cret"))
        #expect(!locator.displayForm.contains("alice"))
    }

    @Test func bareDatabaseName() throws {
        let locator = try PostgresLocator(target: "crm")
        #expect(locator.database == "crm")
    }

    @Test(arguments: [
        "host=db password=hunter2 bogus",
        "host=db password='hunter2",
        "postgres://alice:hunter2@[db/crm",
        "postgres://alice:hunter2@db/crm?hunter2=x",
    ])
    func invalidTargetErrorHidesTheTarget(target: String) {
        do {
            _ = try PostgresLocator(target: target)
            Issue.record("expected an invalid target error")
        } catch {
            #expect(error.kind == .invalidTarget)
            #expect(!error.description.contains("hunter2"), "\(error.description)")
        }
    }
}
