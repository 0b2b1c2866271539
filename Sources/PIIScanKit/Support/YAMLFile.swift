import Yams

/// Decodes YAML configuration files into Codable types with errors that name file, line, column and field,
/// and rejects unknown keys (a misspelt key must not be silently ignored).
package struct YAMLFile {
    package let name: String
    package let root: Node

    /// Parses `bytes`; syntax errors carry the line and column libyaml reports.
    package init(name: String, bytes: [UInt8]) throws(ConfigFileError) {
        self.name = name
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ConfigFileError(file: name, line: 1, column: 1, message: "the file is empty")
            }
            root = node
        } catch let error as ConfigFileError {
            throw error
        } catch let error as YamlError {
            throw Self.describe(error, file: name)
        } catch {
            throw ConfigFileError(file: name, message: "cannot parse YAML")
        }
    }

    /// Decodes the whole document as `type`.
    package func decode<T: Decodable>(_ type: T.Type) throws(ConfigFileError) -> T {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw ConfigFileError(file: name, message: "cannot decode: \(error)")
        }
    }

    /// An error located at the node that `path` names (e.g. `["detectors", 3, "pattern"]`).
    package func error(at path: [PathComponent], _ message: String) -> ConfigFileError {
        let mark = node(at: path)?.mark
        return ConfigFileError(
            file: name, line: mark?.line ?? 0, column: mark?.column ?? 0, field: Self.format(path),
            message: message)
    }

    /// Fails on any key of the mapping at `path` that is not in `allowed`, naming the key's own line.
    package func checkKeys(at path: [PathComponent], allowed: Set<String>) throws(ConfigFileError) {
        if let first = unknownKeys(at: path, allowed: allowed).first { throw first }
    }

    /// One error per key of the mapping at `path` that is not in `allowed`, at the key's own line, suggesting
    /// the nearest allowed key when one is close.
    package func unknownKeys(at path: [PathComponent], allowed: Set<String>) -> [ConfigFileError] {
        guard let mapping = node(at: path)?.mapping else { return [] }
        let known = allowed.sorted().joined(separator: ", ")
        return mapping.compactMap { key, _ in
            guard let name = key.string, !allowed.contains(name) else { return nil }
            let hint = NearestKey.suggestion(for: name, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            return ConfigFileError(
                file: self.name, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0,
                field: Self.format(path + [.key(name)]),
                message: "unknown key '\(name)'\(hint); known keys: \(known)")
        }
    }

    /// Whether the document's top-level mapping has `key`.
    package func has(key: String) -> Bool {
        node(at: [.key(key)]) != nil
    }

    /// Number of elements of the sequence at `path` (0 when absent).
    package func count(at path: [PathComponent]) -> Int {
        node(at: path)?.sequence?.count ?? 0
    }

    /// A step in a path through the document.
    package enum PathComponent: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    private func node(at path: [PathComponent]) -> Node? {
        var current: Node? = root
        for component in path {
            switch component {
            case .key(let key): current = current?.mapping?[Node(key)]
            case .index(let index):
                guard let sequence = current?.sequence, index < sequence.count else { return current }
                current = sequence[index]
            }
        }
        return current
    }

    private func describe(_ error: DecodingError) -> ConfigFileError {
        let (codingPath, message): ([any CodingKey], String) =
            switch error {
            case .typeMismatch(let type, let context): (context.codingPath, "expected \(Self.typeName(type))")
            case .valueNotFound(let type, let context): (context.codingPath, "missing \(Self.typeName(type))")
            case .keyNotFound(let key, let context):
                (context.codingPath, "missing required key '\(key.stringValue)'")
            case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
            @unknown default: ([], "invalid content")
            }
        let path: [PathComponent] = codingPath.map { key in
            if let index = key.intValue { .index(index) } else { .key(key.stringValue) }
        }
        return self.error(at: path, message)
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a value of type \(type)"
        }
    }

    private static func format(_ path: [PathComponent]) -> String {
        path.reduce(into: "") { text, component in
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
    }

    private static func describe(_ error: YamlError, file: String) -> ConfigFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ConfigFileError(file: file, line: mark.line, column: mark.column, message: "YAML: \(problem)")
        case .reader(let problem, _, _, _):
            return ConfigFileError(file: file, message: "YAML: \(problem)")
        default:
            return ConfigFileError(file: file, message: "YAML: \(error)")
        }
    }
}
