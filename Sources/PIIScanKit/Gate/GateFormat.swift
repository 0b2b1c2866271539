/// The output formats of `piiscan gate`.
public enum GateFormat: String, Sendable, CaseIterable {
    /// Human-readable, with the YAML to add under each failure.
    case text
    /// SARIF 2.1.0 for GitHub code scanning.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…,line=…::`), which annotate the pull request.
    case github
    /// Every checked column of the final schema, one per line (`schema.table.column<TAB>type<TAB>kind<TAB>
    /// file:line:column`): what the gate read, for review and for comparing with a real server's catalog.
    case columns

    /// The report of `result` in this format; `verbose` text lists the declared columns too.
    public func render(_ result: GateResult, verbose: Bool = false) -> String {
        switch self {
        case .text: GateTextReport.render(result, verbose: verbose)
        case .sarif: GateSARIFReport.render(result)
        case .github: GateGitHubReport.render(result)
        case .columns:
            result.columns.map { column in
                let origin = column.origin
                let fields = [
                    "\(column.schema).\(column.table).\(column.name)", column.declaredType,
                    column.isView ? "view" : "table", "\(origin.file.path):\(origin.line):\(origin.column)",
                ]
                return fields.map(TerminalSafe.escape).joined(separator: "\t") + "\n"
            }.joined()
        }
    }
}

/// Sentences the formats share.
enum GateWording {
    /// `users.email is email (user.contact.email, from its name), which system 'crm' does not declare`.
    static func failure(_ finding: GateFinding) -> String {
        var text = "\(finding.qualifiedColumn) looks like \(finding.type) (\(finding.category))"
        if let from = finding.column.renamedFrom { text += ", renamed from \(from)," }
        return text + " but no activity on system '\(finding.system)' declares that category"
    }

    /// The fix, with the YAML indented under it.
    static func fix(_ finding: GateFinding, indent: String) -> String {
        var text = "Declare it in the RoPA"
        if let owner = finding.owner { text += " (owner: \(owner))" }
        text += ":\n" + finding.suggestion.split(separator: "\n").map { indent + $0 }.joined(separator: "\n")
        return text + "\nor mark the column line with '-- piiscan:ignore <reason>' if it holds no personal data."
    }

    /// `1 undeclared PII column; 2 declared, 1 suppressed inline, 0 by the baseline; 1 warning`.
    static func summary(_ result: GateResult) -> String {
        let failures = result.failures.count
        let declared = result.findings.count { $0.verdict == .declared }
        let inline = result.findings.count {
            switch $0.verdict {
            case .ignored, .declaredInline: true
            default: false
            }
        }
        let baselined = result.findings.count { $0.verdict == .baselined }
        let triaged = result.findings.count {
            if case .triaged = $0.verdict { return true }
            return false
        }
        let verdict = failures == 0 ? "passed" : "FAILED"
        return "piiscan gate \(verdict): \(failures) undeclared PII column finding(s); \(declared) declared, "
            + "\(inline) suppressed inline, \(baselined) by the baseline"
            + (triaged > 0 ? ", \(triaged) by triage" : "") + "; \(result.warnings.count) warning(s); "
            + "\(result.columnsChecked) column(s) checked in \(result.checkedFiles.count) file(s)"
    }

    /// What was read how: layout, file count and dialect per path, then what read the statements.
    static func preamble(_ result: GateResult) -> [String] {
        groupLines(result.groups) + ["read \(result.statementsApplied) statement(s) with \(result.database)"]
    }

    /// `db/migrations: Flyway (…), 12 migration file(s), 2 not applied by this layout; postgres dialect (…)`.
    static func groupLines(_ groups: [MigrationGroup]) -> [String] {
        groups.map { group in
            var line = "\(group.argument): \(group.layout.displayName), \(group.files.count) migration file(s)"
            if !group.ignored.isEmpty { line += ", \(group.ignored.count) not applied by this layout" }
            if !group.excluded.isEmpty { line += ", \(group.excluded.count) excluded" }
            return line + "; \(group.dialect.rawValue) dialect (\(group.dialectEvidence))"
        }
    }
}

extension GateResult {
    /// What was applied where (layout per path, dialect, database), one line each: the text report's head,
    /// and what `--verbose` prints on stderr for the other formats.
    public var preamble: [String] { GateWording.preamble(self) }
}
