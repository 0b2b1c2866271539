@testable import PIIScanKit

/// Walks a tree and records its events in a compact form that tests compare exactly:
/// `path` for a file, `path (reason)` for a skipped item.
func walkEvents(_ root: String, _ configure: (inout WalkOptions) -> Void = { _ in }) throws -> [String] {
    var options = WalkOptions()
    configure(&options)
    var events: [String] = []
    try FileTreeWalker(root: root, options: options).walk { event in
        switch event {
        case .file(let entry): events.append(entry.displayPath)
        case .skipped(let item): events.append("\(item.item) (\(item.reason.rawValue))")
        }
        return true
    }
    return events
}
