/// `--format github`: GitHub Actions workflow commands. Each failure is an `::error` and each warning a
/// `::warning` annotation on the migration line (paths relative to the repository root), then the summary.
enum GateGitHubReport {
    static func render(_ result: GateResult) -> String {
        var lines: [String] = []
        for finding in result.failures {
            let message = GateWording.failure(finding) + ".\n" + GateWording.fix(finding, indent: "  ")
            lines.append(command("error", finding.column.origin, title: "Undeclared PII column", message: message))
        }
        for warning in result.warnings {
            lines.append(
                command("warning", warning.origin, title: "piiscan:ignore without a reason", message: warning.message))
        }
        lines.append(GateWording.summary(result))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func command(_ level: String, _ origin: ColumnOrigin, title: String, message: String) -> String {
        let properties = [
            "file=\(escapeProperty(origin.file.repositoryPath))", "line=\(origin.line)", "col=\(origin.column)",
            "title=\(escapeProperty("piiscan gate: " + title))",
        ]
        // The message is shown in the log and the annotation: its control and bidirectional characters are
        // escaped first (its line feeds are the fix's lines); the path stays exact so the annotation lands.
        let shown = TerminalSafe.escapeKeepingLineFeeds(message)
        return "::\(level) \(properties.joined(separator: ","))::\(escapeData(shown))"
    }

    /// Message escaping of workflow commands: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property escaping: the message escapes plus `:` and `,`, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
