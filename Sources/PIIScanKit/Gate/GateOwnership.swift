/// Which declared system owns a migration file: the one `--system` names, else the one whose `path:`
/// location claims the file's path (relative to the current directory, as `SystemResolver` matches paths).
struct GateOwnership {
    private let document: RoPADocument
    private let resolver: SystemResolver
    private let forced: RoPASystem?

    init(document: RoPADocument, systemID: String?) throws(GateError) {
        self.document = document
        resolver = SystemResolver(document: document)
        guard let systemID else {
            forced = nil
            return
        }
        guard let system = document.systems.first(where: { $0.id == systemID }) else {
            let hint =
                NearestKey.suggestion(for: systemID, among: document.systems.map(\.id))
                .map { " (did you mean '\($0)'?)" } ?? ""
            throw GateError(.usage, "--system: no system '\(systemID)' in the RoPA\(hint); \(Self.listing(document))")
        }
        forced = system
    }

    /// The system owning `file`; a usage error listing the systems when none does.
    func system(for file: MigrationFile) throws(GateError) -> RoPASystem {
        if let forced { return forced }
        let probe = Finding(
            type: "", category: "", detector: "", confidence: 1, evidence: "", fingerprint: "", source: .file,
            location: .file(FileLocation(path: file.path, line: 1, column: 1, start: 0, end: 0)))
        if let system = resolver.system(for: probe) { return system }
        throw GateError(
            .usage,
            "\(file.path): no system in the RoPA claims this migration (no 'path:' location matches it); "
                + "pass --system ID or add the path to a system's locations. \(Self.listing(document))")
    }

    private static func listing(_ document: RoPADocument) -> String {
        guard !document.systems.isEmpty else { return "The RoPA declares no systems." }
        return "Systems: " + document.systems.map(\.id).joined(separator: ", ")
    }
}
