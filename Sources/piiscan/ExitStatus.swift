import ArgumentParser
import Foundation
import PIIScanKit

/// The exit codes of DESIGN §3.2, and the one place that maps errors to them.
enum ExitStatus: Int32 {
    /// Completed; nothing at or above `--fail-on`.
    case clean = 0
    /// Completed with findings at or above `--fail-on`.
    case findings = 1
    /// Usage or configuration error.
    case usage = 2
    /// The scan could not complete (unreadable root, output that cannot be written).
    case incomplete = 3
}

/// Parses the command line and runs the command, printing errors and returning the exit code.
///
/// A custom entry point because swift-argument-parser exits 64 on usage errors; piiscan promises 2.
enum CommandRunner {
    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try PIIScanCommand.parseAsRoot(arguments)
            try command.run()
            return ExitStatus.clean.rawValue
        } catch let code as ExitCode {
            return code.rawValue
        } catch let error as ConfigFileError {
            Terminal.error(error.description)
            return ExitStatus.usage.rawValue
        } catch let errors as ConfigFileErrors {
            for error in errors.errors { Terminal.error(error.description) }
            if errors.errors.count > 1 { Terminal.writeLine("piiscan: \(errors.errors.count) errors") }
            return ExitStatus.usage.rawValue
        } catch let error as ScanError {
            Terminal.error(error.description)
            return ExitStatus.usage.rawValue
        } catch let error as CommandFailure {
            Terminal.error(error.message)
            return error.status.rawValue
        } catch {
            let code = PIIScanCommand.exitCode(for: error)
            let message = PIIScanCommand.fullMessage(for: error)
            if code == .success {
                print(TerminalSafe.escapeKeepingLineFeeds(message))
                return ExitStatus.clean.rawValue
            }
            Terminal.writeLines(message + "\n")
            return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
        }
    }
}

/// An error a command raises with the exit status it maps to.
struct CommandFailure: Error {
    var status: ExitStatus
    var message: String
}
