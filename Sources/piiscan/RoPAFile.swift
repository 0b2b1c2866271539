import PIIScanKit

/// Loads the RoPA file a command names: every error of the file is thrown at once (exit 2), warnings (a
/// free-text retention) go to stderr and loading goes on.
enum RoPAFile {
    static func load(_ path: String, taxonomy: Taxonomy? = nil) throws(ConfigFileErrors) -> RoPADocument {
        let loaded = try RoPALoader.read(path: path, taxonomy: taxonomy)
        for warning in loaded.warnings { Terminal.warning(warning.description) }
        return loaded.document
    }
}
