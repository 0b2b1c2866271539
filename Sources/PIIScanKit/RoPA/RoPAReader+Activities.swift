extension RoPAReader {
    /// One entry of `activities`; `systemIDs` are the declared systems it may name. Nil when the entry is not a
    /// mapping or has no id (the error is recorded); every other field is still read, so its errors are listed.
    func activity(_ node: RoPANode, systemIDs: Set<String>) -> RoPAActivity? {
        guard let fields = value(node, { try $0.mapping(allowed: RoPAKeys.activity) }) else { return nil }
        let id = requiredID(node, fields)
        var activity = RoPAActivity(id: id ?? "")
        activity.name = text(fields["name"])
        activity.owner = text(fields["owner"])
        activity.businessFunction = text(fields["business_function"])
        activity.jointController = text(fields["joint_controller"])
        activity.processorContract = text(fields["processor_contract"])
        activity.role = value(fields["role"]) { try $0.value(RoPAActivity.Role.self, what: "role") }
        activity.purposes = strings(fields["purposes"])
        activity.legalBasis = value(fields["legal_basis"]) {
            try $0.value(RoPAActivity.LegalBasis.self, what: "legal basis (GDPR Art. 6(1))")
        }
        activity.dataSubjects = strings(fields["data_subjects"])
        activity.recipients = strings(fields["recipients"])
        activity.securityMeasures = strings(fields["security_measures"])
        activity.dpia = value(fields["dpia"]) { try $0.value(RoPAActivity.DPIAStatus.self, what: "DPIA status") }
        activity.status = value(fields["status"]) { try $0.value(RoPAStatus.self, what: "status") }
        activity.transfers = list(fields["transfers"]).compactMap { element in
            diagnostics.attempt { try transfer(element) }
        }
        activity.retention = retention(fields["retention"])
        activity.specialCategoryCondition = value(fields["special_category_condition"]) { node in
            guard let condition = try node.optionalString() else { return nil }
            guard RoPAActivity.specialCategoryConditions.contains(condition) else {
                let allowed = RoPAActivity.specialCategoryConditions.joined(separator: ", ")
                throw node.error("'\(condition)' is not a GDPR Art. 9(2) condition (allowed: \(allowed))")
            }
            return condition
        }
        activity.systems = systemReferences(fields["systems"], systemIDs)
        activity.dataCategories = categories(fields["data_categories"])
        return id == nil ? nil : activity
    }

    /// A scalar as text, nil when absent or empty.
    func text(_ node: RoPANode?) -> String? {
        value(node) { try $0.optionalString() }
    }

    /// A list of strings, empty when absent.
    func strings(_ node: RoPANode?) -> [String] {
        value(node) { try $0.strings() } ?? []
    }

    /// An ISO 8601 duration, or free text (`6 years after employment ends`) kept as written with a warning:
    /// `retention_exceeded` cannot check it.
    private func retention(_ node: RoPANode?) -> RoPARetention? {
        guard let node, let text = text(node) else { return nil }
        let retention = RoPARetention(text)
        if retention.isFreeText {
            diagnostics.warning(
                node.error(
                    "'\(text)' is not an ISO 8601 duration (e.g. P6Y, P18M, P90D): kept as text, and files are not "
                        + "checked against it"))
        }
        return retention
    }

    /// Taxonomy keys; an unknown key is recorded with the nearest known one and left out.
    private func categories(_ node: RoPANode?) -> [String] {
        list(node).compactMap { element in
            diagnostics.attempt {
                let key = try element.string()
                guard taxonomy.contains(key) else {
                    let hint =
                        NearestKey.suggestion(for: key, among: taxonomy.categories.keys).map {
                            " (did you mean '\($0)'?)"
                        } ?? ""
                    throw element.error("unknown data category '\(key)'\(hint)")
                }
                return key
            }
        }
    }

    /// `{country: US, safeguard: SCCs}`.
    private func transfer(_ node: RoPANode) throws(ConfigFileError) -> RoPATransfer {
        let fields = try node.mapping(allowed: RoPAKeys.transfer)
        guard let countryNode = fields["country"] else { throw node.error("missing required key 'country'") }
        let safeguard = text(fields["safeguard"])
        guard let country = try countryNode.optionalString() else { throw countryNode.error("empty country") }
        return RoPATransfer(country: country, safeguard: safeguard)
    }
}
