import Foundation

/// Writes a RoPA as Markdown for people to read: the scope, the systems table, then one section per activity
/// with the ICO template's fields and wording.
public enum RoPAMarkdownExporter {
    public static func markdown(_ document: RoPADocument, taxonomy: Taxonomy) -> String {
        let title = document.organization.isEmpty ? "" : " — \(escaped(document.organization))"
        var lines = ["# Record of processing activities\(title)", ""]
        if let scope = document.scope {
            let included = list(scope.include, empty: "every system")
            lines.append("Scope: includes \(included); excludes \(list(scope.exclude, empty: "none")).")
            lines.append("")
        }
        lines += [
            "## Systems", "", "| System | Name | Owner | Locations | Status |", "| --- | --- | --- | --- | --- |",
        ]
        for system in document.systems {
            let locations = RoPACSVExporter.location(system).split(separator: ": ", maxSplits: 1).dropFirst().first
            lines.append(
                "| `\(escaped(system.id))` | \(escaped(system.name ?? "")) | \(escaped(system.owner ?? "")) | "
                    + "\(escaped(locations.map(String.init) ?? "")) | \(system.status?.rawValue ?? "") |")
        }
        let cells = RoPACSVExporter(document: document, taxonomy: taxonomy)
        for activity in document.activities {
            lines += [
                "", "## \(escaped(activity.name ?? activity.id)) (`\(escaped(activity.id))`)", "", "| Field | Value |",
                "| --- | --- |",
            ]
            for column in ICOColumn.allCases where Self.activityColumns.contains(column) {
                let value = cells.cell(column, activity)
                if !value.isEmpty { lines.append("| \(column.header) | \(escaped(value)) |") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The ICO columns an activity's table shows: the systems' own columns are in the systems table.
    private static let activityColumns = ICOColumn.allCases.filter { column in
        column != .id && column != .name && (column == .location || !column.describesSystems)
    }

    private static func list(_ values: [String], empty: String) -> String {
        values.isEmpty ? empty : values.map { "`\(escaped($0))`" }.joined(separator: ", ")
    }

    /// Table-safe text: line breaks as `<br>`, other control and bidirectional characters escaped
    /// (`TerminalSafe`), pipes escaped.
    private static func escaped(_ text: String) -> String {
        TerminalSafe.escape(text.replacingOccurrences(of: "\n", with: "<br>")).replacingOccurrences(
            of: "|", with: "\\|")
    }
}
