import ArgumentParser
import Foundation
import PIIScanKit

/// `--store`: where scan history is kept; the same option on `scan`, `history`, `diff` and `report`.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The scan store: sqlite:PATH or postgres://[user@]host[:port]/dbname (tables go into the first schema of "
                + "the search_path: add ?options=-csearch_path%3Dname to choose it). Default: sqlite: history.db in "
                + "$PIISCAN_HOME, else $XDG_DATA_HOME/piiscan, else ~/.local/share/piiscan.",
            valueName: "store"))
    var store: String?

    /// The location `--store` names, or the default one.
    func location() throws -> ScanStore.Location {
        do {
            return try store.map { try ScanStore.Location($0) } ?? ScanStore.Location.defaultLocation()
        } catch {
            throw Self.failure(error)
        }
    }

    /// Opens the store for recording (created and migrated as needed). The default store's errors say where its
    /// directory comes from and how to move it, or do without it.
    func open() throws -> any ScanHistory {
        let location = try location()
        do {
            return try ScanStore.open(location)
        } catch let error as StoreError where store == nil && error.code == .unreachable {
            throw CommandFailure(
                status: .incomplete,
                message: "\(error); \(ScanStore.Location.defaultHint()), or give --store or --no-store")
        } catch {
            throw Self.failure(error, location: location)
        }
    }

    /// Opens an existing store for reading; nil when the SQLite store does not exist yet.
    func openExisting() throws -> (any ScanHistory)? {
        let location = try location()
        do {
            return try ScanStore.openExisting(location)
        } catch {
            throw Self.failure(error, location: location)
        }
    }

    /// A store error as the CLI reports it: a bad `--store` value or run id is a usage error (exit 2), anything
    /// else means the store cannot be used (exit 3). Messages carry credential-free locators only.
    static func failure(_ error: any Error, location: ScanStore.Location? = nil) -> CommandFailure {
        if let error = error as? StoreError {
            return CommandFailure(status: error.isUsageError ? .usage : .incomplete, message: error.description)
        }
        let store = location?.display ?? "(unknown)"
        return CommandFailure(status: .incomplete, message: "scan store \(store): \(error)")
    }
}
