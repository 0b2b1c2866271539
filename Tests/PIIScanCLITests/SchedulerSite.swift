import Foundation
import PIIScanTestSupport

/// The built `piiscan` as the scheduler examples call it: help per subcommand, the options a command line uses,
/// and runs with a given environment.
final class SchedulerCLI {
    /// What one command printed and returned.
    struct Result: CustomStringConvertible {
        var command: String
        var status: Int32
        var stdout: String
        var stderr: String

        var description: String { "\(command) → \(status) \(stderr)" }
    }

    let binary: String
    private var helps: [String: String] = [:]

    init() throws {
        binary = try PIIScanProcess.binaryPath()
    }

    /// `piiscan COMMAND --help`.
    func help(_ command: String) throws -> String {
        if let known = helps[command] { return known }
        let result = try run([command, "--help"], environment: ProcessInfo.processInfo.environment)
        let help = result.stdout + result.stderr
        helps[command] = help
        return help
    }

    /// The options (`--name`, `-o`) of a command line, without values.
    static func options(in invocation: [String]) -> [String] {
        invocation.filter { $0.hasPrefix("-") && $0.count > 1 }.map { String($0.split(separator: "=")[0]) }
    }

    /// Every option a `--help` text lists (`-o, --output <file>`, `--progress/--no-progress`).
    static func options(inHelp help: String) -> Set<String> {
        var options: Set<String> = []
        for token in help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "/" || $0 == "," }) {
            if token.hasPrefix("-") && token.count > 1 { options.insert(String(token.split(separator: "=")[0])) }
        }
        return options
    }

    /// Runs `piiscan arguments…` with exactly `environment`; killed after `timeout` seconds.
    func run(_ arguments: [String], environment: [String: String], timeout: Double = 120) throws -> Result {
        try Self.execute(binary, arguments, environment: environment, timeout: timeout, name: arguments.first ?? "")
    }

    /// Runs any executable with files for stdout and stderr (so no pipe can fill up) and a hard timeout.
    static func execute(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Double, name: String
    ) throws -> Result {
        let outcome = try ChildProcess.run(executable, arguments, environment: environment, timeout: timeout)
        return Result(command: name, status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr)
    }
}

/// A temp stand-in for the machine the examples describe: the tree to scan, a SQLite database for the database
/// target, the RoPA, and the state directory; example paths are mapped onto it.
final class SchedulerSite {
    let tree: TempTree
    let database: SQLiteFixture
    let cli: SchedulerCLI

    init() throws {
        tree = try TempTree([
            "exports/customers.csv": "name,email\nJane Doe,jane.doe@northwind-mail.com\n",
            "exports/notes.txt": "Call back on +44 20 7946 0958 about card 4539 1488 0343 6467\n",
            "ropa.yaml": """
            version: 1
            organization: Test Ltd
            systems:
              - id: exports
                owner: data@test.example
                locations:
                  - path: "**/exports/**"
            activities:
              - id: customers
                purposes: [Serve customers]
                legal_basis: contract
                data_categories: [user.contact, user.name]
                systems: [exports]

            """,
            "state": .directory,
        ])
        database = try SQLiteFixture(name: "app.db")
        try database.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
        try database.insert(
            into: "users", columns: ["id", "email"],
            rows: (1...20).map { (id: Int) -> [Any?] in [id, "user\(id)@contoso-mail.com"] })
        database.finish()
        cli = try SchedulerCLI()
    }

    /// Example paths and targets → this site's.
    private var replacements: [(String, String)] {
        let database = "sqlite:" + self.database.path
        return [
            ("sqlite:/srv/app/app.db", database), ("postgres://piiscan@192.0.2.10:5432/crm", database),
            ("$(PIISCAN_DB_TARGET)", database), ("%S/piiscan", tree.path("state")),
            ("/var/lib/piiscan", tree.path("state")), ("/etc/piiscan/ropa.yaml", tree.path("ropa.yaml")),
            ("/srv/exports", tree.path("exports")), ("/data/exports", tree.path("exports")),
        ]
    }

    func map(_ text: String) -> String {
        replacements.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    func map(_ arguments: [String]) -> [String] { arguments.map(map) }

    /// The example's environment on this site, with the built binary first on `PATH`.
    func environment(_ example: SchedulerExample) -> [String: String] {
        var environment = example.environment.mapValues(map)
        environment["PIISCAN_HOME"] = tree.path("state")
        environment["HOME"] = tree.path("state")
        environment["PATH"] = (cli.binary as NSString).deletingLastPathComponent + ":/usr/bin:/bin"
        environment["PGPASSFILE"] = nil
        environment["PGPASSWORD"] = nil
        return environment
    }

    /// One night as the scheduler runs it. cron: the job's shell line (one result: what cron would mail);
    /// systemd and Kubernetes: each command in turn, stopping at the first that fails.
    func night(_ example: SchedulerExample) throws -> [SchedulerCLI.Result] {
        if example.kind == .cron {
            let command = map(try CronFile(path: SchedulerExample.cronFile).command)
            return [
                try SchedulerCLI.execute(
                    "/bin/sh", ["-c", command], environment: environment(example), timeout: 300, name: "cron line")
            ]
        }
        var results: [SchedulerCLI.Result] = []
        for invocation in example.invocations {
            let result = try cli.run(map(invocation), environment: environment(example), timeout: 300)
            results.append(result)
            if result.status != 0 { break }
        }
        return results
    }
}

/// `systemd-analyze`, run on copies of the shipped units whose `ExecStart` points at the built binary.
enum SystemdAnalyze {
    static let path: String? = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first { access($0, X_OK) == 0 }
    static let unitNames = ["piiscan-scan.service", "piiscan-scan.timer", "piiscan-alert@.service"]

    static func copyUnits(binary: String) throws -> TempTree {
        var entries: [String: TempTree.Entry] = [:]
        for name in unitNames {
            let text = try String(contentsOfFile: SchedulerExample.integrations + "/systemd/" + name, encoding: .utf8)
            entries[name] = .text(text.replacingOccurrences(of: "/usr/local/bin/piiscan", with: binary))
        }
        return try TempTree(entries, prefix: "piiscan-units")
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try SchedulerCLI.execute(
            path!, arguments, environment: ProcessInfo.processInfo.environment, timeout: 60, name: "systemd-analyze")
        return (result.status, result.stdout + result.stderr)
    }
}
