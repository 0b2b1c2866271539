extension RoPAReader {
    /// One entry of `systems`; nil when it is not a mapping or has no id (the error is recorded).
    func system(_ node: RoPANode) -> RoPASystem? {
        guard let fields = value(node, { try $0.mapping(allowed: RoPAKeys.system) }) else { return nil }
        let locations = list(fields["locations"]).compactMap { element in diagnostics.attempt { try location(element) }
        }
        let name = text(fields["name"])
        let owner = text(fields["owner"])
        let status = value(fields["status"]) { try $0.value(RoPAStatus.self, what: "status") }
        guard let id = requiredID(node, fields) else { return nil }
        return RoPASystem(id: id, name: name, owner: owner, locations: locations, status: status)
    }

    /// The non-empty `id` every system and activity needs; nil (the error recorded) without one.
    func requiredID(_ node: RoPANode, _ fields: [String: RoPANode]) -> String? {
        guard let idNode = fields["id"] else {
            diagnostics.error(node.error("missing required key 'id'"))
            return nil
        }
        return value(idNode) { idNode throws(ConfigFileError) in
            guard let id = try idNode.optionalString() else { throw idNode.error("the id must not be empty") }
            return id
        }
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
            return .store(locator, tables: strings(fields["tables"]))
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
