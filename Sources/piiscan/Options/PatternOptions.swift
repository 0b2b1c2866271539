import ArgumentParser
import PIIScanKit

/// Which detectors run.
struct PatternOptions: ParsableArguments {
    @Option(
        name: .customLong("patterns"),
        help: ArgumentHelp("Add the pattern files (*.yaml) of this directory (repeatable).", valueName: "dir"))
    var patternDirectories: [String] = []

    @Option(
        help: ArgumentHelp(
            "Disable a detector or column rule by id, or every one of a type (repeatable, or comma-separated).",
            valueName: "id|type"))
    var disable: [String] = []

    @Option(help: ArgumentHelp("Run only detectors of this type (repeatable, or comma-separated).", valueName: "type"))
    var only: [String] = []

    @Option(
        help: ArgumentHelp(
            "Run region-specific detectors only for these locales, e.g. us,uk,de (global detectors always run).",
            valueName: "locale"))
    var locale: [String] = []

    var catalogOptions: CatalogOptions {
        var options = CatalogOptions()
        options.patternDirectories = patternDirectories
        options.disabled = Set(Self.split(disable))
        options.onlyTypes = Set(Self.split(only))
        options.locales = Set(Self.split(locale).map { $0.lowercased() })
        return options
    }

    private static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter {
            !$0.isEmpty
        }
    }
}
