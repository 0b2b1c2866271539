import Foundation
import PIIScanTestSupport

/// The small fixed trees the CLI tests scan, and the raw values planted in them.
enum CLIFixture {
    /// Three files with seven findings of five types (one of them, the phone, below the default confidence).
    static let smallTree: [String: TempTree.Entry] = [
        "notes.txt": "Contact: jane.doe@northwind-mail.com\nCard 4539 1488 0343 6467 on file\n",
        "sub/people.csv": "name,email,phone\nJohn Smith,john.smith@fabrikam.io,+44 20 7946 0958\n",
        "sub/c.json": .text(#"{"customer": {"email": "anna.berg@contoso.de", "ip": "81.2.69.160"}}"# + "\n"),
    ]

    /// Every raw value of `smallTree` reported at the default confidence.
    static let smallTreeValues = [
        "jane.doe@northwind-mail.com", "4539 1488 0343 6467", "John Smith", "john.smith@fabrikam.io",
        "anna.berg@contoso.de", "81.2.69.160",
    ]

    /// One phone number with a confidence of 0.7: a medium-severity finding only.
    static let mediumOnly: [String: TempTree.Entry] = ["m.txt": "Client: +33 6 25 31 01 48\n"]

    /// Files without personal data.
    static let cleanTree: [String: TempTree.Entry] = [
        "README.md": "# Build notes\n\nRun the build, then the tests.\n",
        "src/main.c": "int main(void) { return 0; }\n",
    ]

    /// The bundled examples tree.
    static var examples: String { PIIScanProcess.packageRoot + "/Examples" }
}
