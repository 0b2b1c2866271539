import ArgumentParser
import Foundation
import PIIScanKit

/// What a triage decision is about: exactly one of a fingerprint, a column, a path glob or a violation kind.
struct TriageTargetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A finding's fingerprint (64 hex digits, as reports show it).", valueName: "hex"))
    var fingerprint: String?

    @Option(help: ArgumentHelp("A database column as schema.table.column.", valueName: "column"))
    var column: String?

    @Option(
        help: ArgumentHelp(
            "With --column: only in this store, as reports name it (sqlite:app.db, postgres://host:5432/db); "
                + "without it, the column in any store and in the gate's migrations.",
            valueName: "store"))
    var database: String?

    @Option(
        help: ArgumentHelp(
            "File findings under this gitignore-style glob (exports/**, archive.zip!*.csv).", valueName: "glob"))
    var path: String?

    @Option(help: ArgumentHelp("A RoPA violation kind (undeclared_category, …).", valueName: "kind"))
    var violation: String?

    @Option(help: ArgumentHelp("With --violation: only on this system.", valueName: "id")) var system: String?
    @Option(help: ArgumentHelp("With --violation: only for this category.", valueName: "key")) var category: String?

    func validate() throws {
        let given = [fingerprint, column, path, violation].compactMap { $0 }
        guard given.count == 1 else {
            throw ValidationError("name exactly one target: --fingerprint, --column, --path or --violation")
        }
        if database != nil && column == nil { throw ValidationError("--database goes with --column") }
        if (system != nil || category != nil) && violation == nil {
            throw ValidationError("--system and --category go with --violation")
        }
    }

    func target() throws -> TriageTarget {
        if let fingerprint {
            guard TriageTarget.isFingerprint(fingerprint) else {
                throw ValidationError("--fingerprint must be 64 hex digits, as reports show it")
            }
            return .fingerprint(fingerprint.lowercased())
        }
        if let column {
            guard column.split(separator: ".", omittingEmptySubsequences: false).count >= 3 else {
                throw ValidationError("--column must be schema.table.column (main.users.email for SQLite)")
            }
            return .column(store: database, column: column)
        }
        if let path { return .path(path) }
        guard let kind = violation.flatMap(ViolationKind.init(rawValue:)) else {
            let known = ViolationKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown violation kind '\(violation ?? "")' (known: \(known))")
        }
        return .violation(kind: kind, system: system, category: category)
    }
}

/// Who decides (`--by`, default the login name) and the store the decision goes to.
struct TriageDeciderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who decides (default: the login name).", valueName: "name")) var by: String?
    @OptionGroup(title: "History") var store: StoreOptions

    /// Adds the decision to the store and says what was recorded.
    func record(
        _ target: TriageTarget, _ verdict: TriageVerdict, reason: String? = nil, owner: String? = nil,
        due: CalendarDay? = nil
    ) throws {
        let decision = TriageDecision(
            target: target, verdict: verdict, reason: reason, owner: owner, due: due,
            decidedBy: by ?? Self.loginName, decidedAt: Date())
        if let missing = decision.missing { throw ValidationError(missing) }
        let history = try store.open()
        do {
            try history.record([decision])
        } catch {
            throw StoreOptions.failure(error)
        }
        print(TerminalSafe.escape("recorded: \(verdict.rawValue) \(target)" + (due.map { " (\($0))" } ?? "")))
    }

    /// `$USER`, else `$LOGNAME`, else the account's name, else `uid N`.
    static var loginName: String {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["USER"] ?? environment["LOGNAME"], !name.isEmpty { return name }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }

    /// A `YYYY-MM-DD` option value, or a usage error naming the option.
    static func day(_ text: String, option: String) throws -> CalendarDay {
        guard let day = CalendarDay(text) else { throw ValidationError("\(option) must be a day as YYYY-MM-DD") }
        return day
    }
}
