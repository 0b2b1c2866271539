extension RoPAReader {
    /// One entry of `activities`; `systemIDs` are the declared systems it may name.
    func activity(_ node: RoPANode, systemIDs: Set<String>) throws(ConfigFileError) -> RoPAActivity {
        let fields = try node.mapping(allowed: RoPAKeys.activity)
        var activity = RoPAActivity(id: try requiredID(node, fields))
        activity.name = try fields["name"]?.optionalString()
        activity.owner = try fields["owner"]?.optionalString()
        activity.businessFunction = try fields["business_function"]?.optionalString()
        activity.jointController = try fields["joint_controller"]?.optionalString()
        activity.processorContract = try fields["processor_contract"]?.optionalString()
        activity.role = try fields["role"]?.value(RoPAActivity.Role.self, what: "role")
        activity.purposes = try fields["purposes"]?.strings() ?? []
        activity.legalBasis = try fields["legal_basis"]?.value(
            RoPAActivity.LegalBasis.self, what: "legal basis (GDPR Art. 6(1))")
        activity.dataSubjects = try fields["data_subjects"]?.strings() ?? []
        activity.recipients = try fields["recipients"]?.strings() ?? []
        activity.securityMeasures = try fields["security_measures"]?.strings() ?? []
        activity.dpia = try fields["dpia"]?.value(RoPAActivity.DPIAStatus.self, what: "DPIA status")
        activity.status = try fields["status"]?.value(RoPAStatus.self, what: "status")
        for element in try fields["transfers"]?.elements() ?? [] { activity.transfers.append(try transfer(element)) }
        if let node = fields["retention"], let text = try node.optionalString() {
            guard let retention = RoPARetention(iso8601: text) else {
                throw node.error("'\(text)' is not an ISO 8601 duration (e.g. P2Y, P6M, P90D, P1Y6M, PT12H)")
            }
            activity.retention = retention
        }
        if let node = fields["special_category_condition"], let condition = try node.optionalString() {
            guard RoPAActivity.specialCategoryConditions.contains(condition) else {
                let allowed = RoPAActivity.specialCategoryConditions.joined(separator: ", ")
                throw node.error("'\(condition)' is not a GDPR Art. 9(2) condition (allowed: \(allowed))")
            }
            activity.specialCategoryCondition = condition
        }
        for element in try fields["systems"]?.elements() ?? [] {
            let id = try element.string()
            guard systemIDs.contains(id) else { throw element.error(unknownSystem(id, systemIDs)) }
            activity.systems.append(id)
        }
        activity.dataCategories = try categories(fields["data_categories"], activity: activity)
        try checkComplete(activity, node: node, fields: fields)
        return activity
    }

    /// Taxonomy keys; special-category data needs `special_category_condition` unless the entry is a draft.
    private func categories(_ node: RoPANode?, activity: RoPAActivity) throws(ConfigFileError) -> [String] {
        var keys: [String] = []
        for element in try node?.elements() ?? [] {
            let key = try element.string()
            guard taxonomy.contains(key) else {
                let hint =
                    NearestKey.suggestion(for: key, among: taxonomy.categories.keys).map { " (did you mean '\($0)'?)" }
                    ?? ""
                throw element.error("unknown data category '\(key)'\(hint)")
            }
            if taxonomy.isSpecial(key) && activity.specialCategoryCondition == nil && activity.status != .draft {
                throw element.error(
                    "'\(key)' is special-category data (GDPR Art. 9/10): add special_category_condition "
                        + "(one of \(RoPAActivity.specialCategoryConditions.joined(separator: ", ")))")
            }
            keys.append(key)
        }
        return keys
    }

    /// A `status: confirmed` activity has its Art. 30 essentials filled in; drafts may leave them empty.
    private func checkComplete(
        _ activity: RoPAActivity, node: RoPANode, fields: [String: RoPANode]
    ) throws(ConfigFileError) {
        guard activity.status == .confirmed else { return }
        let missing: [(key: String, isMissing: Bool)] = [
            ("owner", activity.owner == nil), ("purposes", activity.purposes.isEmpty),
            ("legal_basis", activity.legalBasis == nil),
        ]
        guard let first = missing.first(where: \.isMissing) else { return }
        throw (fields[first.key] ?? node).error("a confirmed activity needs '\(first.key)' filled in")
    }

    /// `{country: US, safeguard: SCCs}`.
    private func transfer(_ node: RoPANode) throws(ConfigFileError) -> RoPATransfer {
        let fields = try node.mapping(allowed: RoPAKeys.transfer)
        guard let countryNode = fields["country"] else { throw node.error("missing required key 'country'") }
        guard let country = try countryNode.optionalString() else { throw countryNode.error("empty country") }
        return RoPATransfer(country: country, safeguard: try fields["safeguard"]?.optionalString())
    }
}
