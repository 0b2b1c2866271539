import ArgumentParser
import Foundation
import PIIScanKit

/// `piiscan draft TARGET... [--ropa ropa.yaml] -o draft.yaml`: scans, then writes the inventory as a draft RoPA,
/// or appends what is new to an existing one without touching what owners wrote.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a RoPA from what a scan finds, or add what is new to an existing one (see docs/ropa.md).")

    @OptionGroup(title: "Targets") var targets: TargetOptions
    @OptionGroup(title: "Databases") var database: DatabaseOptions
    @OptionGroup(title: "Detectors") var patterns: PatternOptions
    @OptionGroup(title: "Exit code") var skips: SkipOptions

    @Option(
        help: ArgumentHelp(
            "The existing RoPA to add to (never changed in place unless -o names it).", valueName: "file"))
    var ropa: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the draft here (default: stdout).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Count only findings at or above this confidence (0 to 1).", valueName: "c"))
    var minConfidence: Double = 0.5

    func validate() throws {
        guard (targets.jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        let existing = try ropa.map { path throws -> (text: String, document: RoPADocument) in
            let document = try RoPALoader.load(path: path)
            let data = FileManager.default.contents(atPath: path) ?? Data()
            return (String(decoding: data, as: UTF8.self), document)
        }
        var options = ScanOptions()
        targets.apply(to: &options)
        database.apply(to: &options)
        options.minConfidence = minConfidence
        let catalog = try CatalogLoader.load(patterns.catalogOptions)
        // Drafts show no fingerprints, so a throw-away key spares creating the installation key.
        let key = try FingerprintKey.load(
            fromHex: (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined())
        let plan = try ScanPlan(targets: targets.paths, catalog: catalog, options: options, fingerprintKey: key)
        // With several targets, finding paths start with their target (see ScanScheduler).
        var inventory = Inventory(document: existing?.document, roots: plan.targets.count > 1 ? plan.targets : [])
        let summary = try Scanner().run(plan) { inventory.add($0) }
        let text =
            if let existing {
                try DraftWriter().merge(
                    inventory, into: existing.text, document: existing.document, fileName: ropa ?? "")
            } else {
                DraftWriter().draft(inventory)
            }
        try RopaCommand.write(text, to: output)
        try skips.checkComplete(summary, listFailures: true)
    }
}
