extension RoPAReader {
    /// One entry of `systems`.
    func system(_ node: RoPANode) throws(ConfigFileError) -> RoPASystem {
        let fields = try node.mapping(allowed: RoPAKeys.system)
        var locations: [RoPALocation] = []
        for element in try fields["locations"]?.elements() ?? [] { locations.append(try location(element)) }
        return RoPASystem(
            id: try requiredID(node, fields), name: try fields["name"]?.optionalString(),
            owner: try fields["owner"]?.optionalString(), locations: locations,
            status: try fields["status"]?.value(RoPAStatus.self, what: "status"))
    }

    /// The non-empty `id` every system and activity needs.
    func requiredID(_ node: RoPANode, _ fields: [String: RoPANode]) throws(ConfigFileError) -> String {
        guard let idNode = fields["id"] else { throw node.error("missing required key 'id'") }
        guard let id = try idNode.optionalString() else { throw idNode.error("the id must not be empty") }
        return id
    }

    /// A location: a database locator string, `{path: glob}` or `{store: locator, tables: [globs]}`.
    func location(_ node: RoPANode) throws(ConfigFileError) -> RoPALocation {
        if node.node.scalar != nil {
            let locator = try node.string()
            try checkLocator(locator, node)
            return .store(locator, tables: [])
        }
        let fields = try node.mapping(allowed: RoPAKeys.location)
        switch (fields["path"], fields["store"]) {
        case (let path?, nil):
            if let tables = fields["tables"] { throw tables.error("'tables' goes with 'store', not 'path'") }
            guard let glob = try path.optionalString() else { throw path.error("the path glob must not be empty") }
            return .path(glob)
        case (nil, let store?):
            let locator = try store.string()
            try checkLocator(locator, store)
            return .store(locator, tables: try fields["tables"]?.strings() ?? [])
        case (.some, .some):
            throw node.error("a location has either 'path' or 'store', not both")
        case (nil, nil):
            throw node.error("a location needs 'path' (a glob) or 'store' (a database locator)")
        }
    }

    private func checkLocator(_ locator: String, _ node: RoPANode) throws(ConfigFileError) {
        guard StoreLocator(locator) == nil else { return }
        throw node.error(
            "a location string must be a database locator (postgres://host/db or sqlite:path); "
                + "write {path: glob} for files")
    }
}
