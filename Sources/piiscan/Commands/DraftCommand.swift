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

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write the draft here (default: stdout); replaced only once complete, owner-only unless it is the "
                + "--ropa file, whose mode is kept.",
            valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Count only findings at or above this confidence (0 to 1).", valueName: "c"))
    var minConfidence: Double = 0.5

    @Option(
        help: ArgumentHelp(
            "The organisation's name: written in a new draft, or filled in when the --ropa file leaves it empty.",
            valueName: "name"))
    var organization = ""

    func validate() throws {
        guard (targets.jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        let existing = try ropa.map { path throws -> (text: String, document: RoPADocument) in
            let document = try RoPAFile.load(path)
            let data = FileManager.default.contents(atPath: path) ?? Data()
            return (String(decoding: data, as: UTF8.self), document)
        }
        if let existing, !organization.isEmpty, !existing.document.organization.isEmpty,
            existing.document.organization != organization
        {
            Terminal.warning(
                "--organization ignored: \(ropa ?? "") already names the organisation "
                    + "'\(existing.document.organization)'")
        }
        let destination = try OutputDestination.open(output, permissions: editsInPlace ? .keepExisting : .ownerOnly)
        var options = ScanOptions()
        targets.apply(to: &options)
        database.apply(to: &options)
        options.minConfidence = minConfidence
        options.ownFiles = OutputDestination.ownFiles(destination)
        let catalog = try CatalogLoader.load(patterns.catalogOptions)
        // Drafts show no fingerprints, so a throw-away key spares creating the installation key.
        let key = try FingerprintKey.load(
            fromHex: (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined())
        let plan = try ScanPlan(targets: targets.paths, catalog: catalog, options: options, fingerprintKey: key)
        // With several targets, finding paths start with their target (see ScanScheduler).
        var inventory = Inventory(document: existing?.document, roots: plan.targets.count > 1 ? plan.targets : [])
        let summary = try Scanner().run(plan) { inventory.add($0) }
        let writer = DraftWriter(taxonomy: catalog.taxonomy)
        let text =
            if let existing {
                try writer.merge(
                    inventory, into: existing.text, document: existing.document, fileName: ropa ?? "",
                    organization: organization)
            } else {
                writer.draft(inventory, organization: organization)
            }
        try OutputDestination.finish(destination, with: text)
        try skips.checkComplete(summary, listFailures: true)
    }

    /// Whether `-o` names the `--ropa` file itself (the same inode), which is then edited in place.
    private var editsInPlace: Bool {
        guard let ropa, let output = OutputDestination.file(output) else { return false }
        var ropaInfo = stat()
        var outputInfo = stat()
        guard stat(ropa, &ropaInfo) == 0, lstat(output, &outputInfo) == 0 else { return false }
        return ropaInfo.st_dev == outputInfo.st_dev && ropaInfo.st_ino == outputInfo.st_ino
    }
}
