import PIIScanKit

/// Where a command writes what the user asked for: a file given with `-o`/`--output` (or `--html`,
/// `--write-baseline`), or standard output when none is given or the name is `-`.
///
/// Files go through `FileOutput`: anything but a regular file is refused (a symbolic link such as
/// `/dev/stdout`, a FIFO, a block device, a directory), the text is written to a private temporary file beside
/// the target and renamed over it only once complete, so a failed run never leaves a truncated or half-written
/// file. A character device (`/dev/null`) is written in place by `DeviceOutput`. Every failure is exit code 3,
/// with the path in the message.
enum OutputDestination {
    /// The file name, or nil for standard output (`-`).
    static func file(_ path: String?) -> String? {
        path == "-" ? nil : path
    }

    /// Opens the destination: call this before the command's work, so a refused file fails at once.
    static func open(_ path: String?, permissions: FileOutput.Permissions = .ownerOnly) throws -> any ReportOutput {
        do {
            guard let path = file(path) else { return StandardOutput() }
            if DeviceOutput.isCharacterDevice(path) { return try DeviceOutput(path: path) }
            return try FileOutput(path: path, permissions: permissions)
        } catch {
            throw CommandFailure(status: .incomplete, message: "cannot write the output: \(error)")
        }
    }

    /// The files an output writes or replaces, for `ScanOptions.ownFiles`: a scan never reads its own report.
    static func ownFiles(_ output: any ReportOutput) -> Set<FileIdentity> {
        (output as? FileOutput)?.ownFiles ?? []
    }

    /// Writes `text` and closes the output (putting a file in place).
    static func finish(_ output: any ReportOutput, with text: String) throws {
        do {
            try output.write(text)
            try output.close()
        } catch {
            throw CommandFailure(status: .incomplete, message: "cannot write the output: \(error)")
        }
    }

    /// Opens, writes and closes in one step: for outputs that cost nothing to compute.
    static func write(_ text: String, to path: String?, permissions: FileOutput.Permissions = .ownerOnly) throws {
        try finish(open(path, permissions: permissions), with: text)
    }
}
