import Foundation
import PIIScanKit

/// Terminal facts and messages: TTY detection, errors on stderr, the progress line.
///
/// Everything written to stderr passes through `TerminalSafe`: a message is one line, so its control and
/// bidirectional characters, line feeds included, are shown escaped; only the progress line writes its own
/// cursor controls.
enum Terminal {
    enum Stream {
        case standardOutput, standardError

        var descriptor: Int32 { self == .standardOutput ? STDOUT_FILENO : STDERR_FILENO }
    }

    static func isTerminal(_ stream: Stream) -> Bool { isatty(stream.descriptor) == 1 }

    /// `piiscan: error: …` on stderr.
    static func error(_ message: String) {
        writeLine("piiscan: error: \(message)")
    }

    /// `piiscan: warning: …` on stderr.
    static func warning(_ message: String) {
        writeLine("piiscan: warning: \(message)")
    }

    /// One line on stderr, every control and bidirectional character in it escaped.
    static func writeLine(_ line: String) {
        writeRaw(TerminalSafe.escape(line) + "\n")
    }

    /// Text of several lines on stderr (a usage message): escaped except its line feeds.
    static func writeLines(_ text: String) {
        writeRaw(TerminalSafe.escapeKeepingLineFeeds(text))
    }

    /// Writes `text` as it is: only for text that holds nothing from outside piiscan (the progress line).
    fileprivate static func writeRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Human sizes: 1.5 KB, 20.3 MB.
    static func formatBytes(_ bytes: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }
}

/// Redraws one status line on stderr (files, bytes, rate, findings) until stopped.
final class ProgressDisplay: Sendable {
    private let progress: ScanProgress
    private let stopped = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    init(progress: ScanProgress) {
        self.progress = progress
    }

    func start() {
        let started = Date()
        Thread.detachNewThread { [self] in
            while stopped.wait(timeout: .now() + .milliseconds(250)) == .timedOut {
                draw(elapsed: Date().timeIntervalSince(started))
            }
            Terminal.writeRaw("\r\u{1B}[K")
            done.signal()
        }
    }

    func stop() {
        stopped.signal()
        done.wait()
    }

    private func draw(elapsed: Double) {
        let bytes = progress.bytesScanned
        let rate = elapsed > 0 ? Int(Double(bytes) / elapsed) : 0
        Terminal.writeRaw(
            "\r\u{1B}[Kscanning: \(progress.filesScanned) files, \(Terminal.formatBytes(bytes)), "
                + "\(Terminal.formatBytes(rate))/s, \(progress.findingCount) findings")
    }
}

/// Turns the first Ctrl-C into a clean cancellation; a second one exits at once.
final class InterruptHandler {
    private let source: any DispatchSourceSignal

    init(onInterrupt: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let interrupts = Counter()
        source.setEventHandler { [source] in
            // Two Ctrl-Cs close together can arrive as one event: `data` counts them.
            if interrupts.add(Int(source.data)) > 1 {
                // exit(3) runs no deinitialiser: remove the unfinished report file here.
                FileOutput.removeAbandonedFiles()
                exit(130)
            }
            Terminal.writeRaw("\n")
            Terminal.writeLine("piiscan: interrupted, finishing the partial report (Ctrl-C again to quit now)")
            onInterrupt()
        }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func add(_ count: Int) -> Int {
            lock.withLock {
                value += count
                return value
            }
        }
    }
}
