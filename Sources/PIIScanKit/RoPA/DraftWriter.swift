import Yams

/// Writes the inventory draft (`piiscan draft`): a fresh RoPA with one draft system per discovered location, or
/// an existing RoPA file with only what is new appended as text, so owners' wording, order and comments survive
/// and running it again on unchanged data gives the same bytes. Each category found carries its evidence as
/// comments (findings, top locations, masked samples) and a mark when it is special-category data.
public struct DraftWriter {
    let taxonomy: Taxonomy

    /// Locations listed per category.
    static let topLocations = 3

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
    }

    /// A new RoPA file for `inventory`.
    public func draft(_ inventory: Inventory, organization: String = "") -> String {
        let empty = RoPADocument(organization: organization)
        let plan = DraftPlan(inventory: inventory, document: empty) { _ in false }
        var document = empty
        document.systems = plan.newSystems
        document.activities = plan.newActivities
        return Self.header + writer(plan).document(document)
    }

    /// `text`, the RoPA file that `document` was loaded from, with what `inventory` adds appended; `fileName`
    /// names the file in errors (a list the draft cannot extend). `organization` fills in an empty
    /// `organization`; a name the file already gives is kept.
    public func merge(
        _ inventory: Inventory, into text: String, document: RoPADocument, fileName: String = "ropa.yaml",
        organization: String = ""
    ) throws(ConfigFileError) -> String {
        let file = try DraftTextFile(text: text, fileName: fileName)
        let plan = DraftPlan(inventory: inventory, document: document) { file.categoriesEnd(activity: $0) != nil }
        let naming = document.organization.isEmpty && !organization.isEmpty
        guard !plan.isEmpty || naming else { return text }
        let writer = writer(plan)
        var edits = DraftTextEdits(file: file)
        if naming { try edits.replaceScalar("organization", with: YAMLScalar.quoted(organization)) }
        for append in plan.appends {
            guard let end = file.categoriesEnd(activity: append.activity) else { continue }
            edits.insert(
                append.categories.flatMap { found in
                    let note = note(found.key, found.evidence)
                    return ["- \(YAMLScalar.quoted(found.key))  # \(note.trailing)"] + note.lines.map { "  # \($0)" }
                },
                afterLine: end.line, indent: end.indent)
        }
        try edits.append(plan.newSystems.flatMap(writer.system), toList: "systems")
        try edits.append(plan.newActivities.flatMap(writer.activity), toList: "activities")
        return edits.apply()
    }

    private func writer(_ plan: DraftPlan) -> RoPAYAMLWriter {
        RoPAYAMLWriter(
            categoryNotes: plan.evidence.mapValues { byKey in
                Dictionary(uniqueKeysWithValues: byKey.map { ($0.key, note($0.key, $0.value)) })
            }, taxonomy: taxonomy)
    }

    /// `12 findings`, a special-category mark, then the top locations and masked samples, every part escaped.
    func note(_ key: String, _ evidence: CategoryEvidence) -> RoPAYAMLWriter.Note {
        var trailing = evidence.count == 1 ? "1 finding" : "\(evidence.count) findings"
        if let special = taxonomy.special(key) {
            let article = special == "art10" ? "Art. 10" : "Art. 9"
            trailing += "; special category (GDPR \(article)): fill in special_category_condition"
        }
        let top = evidence.topLocations(Self.topLocations).map { "\(TerminalSafe.escape($0.location)) (\($0.count))" }
        let more = evidence.locations.count > Self.topLocations ? ", ..." : ""
        var lines = ["found in: " + top.joined(separator: ", ") + more]
        if !evidence.samples.isEmpty {
            lines.append("samples (masked): " + evidence.samples.map(TerminalSafe.escape).joined(separator: ", "))
        }
        return RoPAYAMLWriter.Note(trailing: trailing, lines: lines)
    }

    private static let header = """
        # Draft RoPA written by `piiscan draft`. For each entry: fill in every field marked TODO (owner, purposes,
        # legal_basis, special_category_condition for special-category data, data subjects, recipients,
        # transfers, retention, DPIA, security measures), check the evidence under each category, then set
        # `status: confirmed`. `piiscan ropa check` lists what a confirmed entry still lacks. See docs/ropa.md.

        """
}
