/// Collects what reading one RoPA file finds wrong, so that a single run reports every error, not the first:
/// errors make the file unusable (exit 2), warnings only tell (a free-text retention that cannot be checked).
final class RoPADiagnostics {
    private(set) var errors: [ConfigFileError] = []
    private(set) var warnings: [ConfigFileError] = []

    func error(_ error: ConfigFileError) {
        errors.append(error)
    }

    func warning(_ warning: ConfigFileError) {
        warnings.append(warning)
    }

    /// Runs `body`; an error it throws is recorded and gives nil, so reading goes on with the next value.
    func attempt<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            errors.append(error as? ConfigFileError ?? ConfigFileError(file: "", message: "\(error)"))
            return nil
        }
    }

    /// The errors in file order (line, then column); the same error reached twice is listed once.
    var sortedErrors: [ConfigFileError] {
        var seen: Set<String> = []
        return errors.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.element.column, lhs.offset) < (rhs.element.line, rhs.element.column, rhs.offset)
        }.map(\.element).filter { seen.insert($0.description).inserted }
    }
}
