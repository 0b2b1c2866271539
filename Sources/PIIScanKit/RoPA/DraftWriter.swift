import Yams

/// Writes the inventory draft (`piiscan draft`): a fresh RoPA with one draft system per discovered location, or
/// an existing RoPA file with only what is new appended as text, so owners' wording, order and comments survive
/// and running it again on unchanged data gives the same bytes.
public struct DraftWriter {
    public init() {}

    /// A new RoPA file for `inventory`.
    public func draft(_ inventory: Inventory, organization: String = "") -> String {
        let empty = RoPADocument(organization: organization)
        let plan = DraftPlan(inventory: inventory, document: empty) { _ in false }
        var document = empty
        document.systems = plan.newSystems
        document.activities = plan.newActivities
        return Self.header + RoPAYAMLWriter(categoryComments: plan.comments).document(document)
    }

    /// `text`, the RoPA file that `document` was loaded from, with what `inventory` adds appended; `fileName`
    /// names the file in errors (a list the draft cannot extend).
    public func merge(
        _ inventory: Inventory, into text: String, document: RoPADocument, fileName: String = "ropa.yaml"
    ) throws(ConfigFileError) -> String {
        let file = try DraftTextFile(text: text, fileName: fileName)
        let plan = DraftPlan(inventory: inventory, document: document) { file.categoriesEnd(activity: $0) != nil }
        guard !plan.isEmpty else { return text }
        let writer = RoPAYAMLWriter(categoryComments: plan.comments)
        var edits = DraftTextEdits(file: file)
        for append in plan.appends {
            guard let end = file.categoriesEnd(activity: append.activity) else { continue }
            edits.insert(
                append.categories.map { "- \(YAMLScalar.quoted($0.key))  # \(DraftPlan.evidence($0.count))" },
                afterLine: end.line, indent: end.indent)
        }
        try edits.append(plan.newSystems.flatMap(writer.system), toList: "systems")
        try edits.append(plan.newActivities.flatMap(writer.activity), toList: "activities")
        return edits.apply()
    }

    private static let header = """
        # Draft RoPA written by `piiscan draft`. For each entry: fill in owner, purposes and legal_basis (and
        # special_category_condition for special-category data), then set `status: confirmed`. See docs/ropa.md.

        """
}
