import LibArchive

/// The data of the current member of an `ArchiveReader`, as a `ByteSource` for the `ChunkReader` and as an
/// `ArchiveInput` for an archive nested in it. Every byte expanded is counted against the container's
/// `ContainerBudget`.
///
/// A member can be read from its start again (`rewind`) as long as every byte read so far was kept: the first
/// bytes are kept to recognise a nested container, and a table member's first rows for its column profile, up
/// to `keepLimit` bytes. Nothing is written to disk. Not `Sendable`.
package final class ArchiveMemberStream: ByteSource, ArchiveInput {
    private let archive: ArchiveReader
    private let budget: ContainerBudget
    private let keepLimit: Int
    private var kept: [UInt8] = []
    private var replayed = 0
    private var isKeeping = true
    /// Why the last read failed.
    package private(set) var failure: ReadSkip?
    /// True when the last read failed in a way that ends the whole archive (nothing after it can be read).
    package private(set) var failureEndsArchive = false

    package init(archive: ArchiveReader, budget: ContainerBudget, keepLimit: Int) {
        self.archive = archive
        self.budget = budget
        self.keepLimit = keepLimit
    }

    /// Starts the member over from its first byte; false when bytes were read that were not kept.
    package func rewind() -> Bool {
        guard isKeeping else { return false }
        replayed = 0
        return true
    }

    /// Keeps no more bytes than those kept so far (they are still replayed after a `rewind`).
    package func stopKeeping() {
        isKeeping = false
    }

    /// Up to `count` first bytes of the member (fewer when it is shorter), kept for a `rewind`.
    package func head(_ count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { self.read(into: $0.baseAddress! + filled, count: count - filled) }
            guard case .bytes(let got) = read else { return nil }
            if got == 0 { break }
            filled += got
        }
        return Array(bytes[..<filled])
    }

    package func read(into destination: UnsafeMutableRawPointer, count: Int) -> ByteRead {
        if replayed < kept.count {
            let copied = min(count, kept.count - replayed)
            kept.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + replayed, byteCount: copied) }
            replayed += copied
            return .bytes(copied)
        }
        let got: Int
        do {
            got = try archive.readData(into: UnsafeMutableRawBufferPointer(start: destination, count: count))
        } catch {
            failureEndsArchive = error.severity == .archive
            return fail(ReadSkip(ArchiveFailure.reason(error), error.message))
        }
        guard budget.addExpanded(got) else { return fail(ReadSkip(.archiveLimit, budget.exceeded)) }
        if isKeeping {
            if kept.count + got <= keepLimit {
                kept.append(contentsOf: UnsafeRawBufferPointer(start: destination, count: got))
                replayed = kept.count
            } else {
                isKeeping = false
            }
        }
        return .bytes(got)
    }

    /// Errors surface as read failures; a member never ends short on its own.
    package func shortfall(bytesRead: Int) -> (reason: SkipReason, detail: String)? { nil }

    private func fail(_ skip: ReadSkip) -> ByteRead {
        failure = skip
        return .failed(skip.reason, detail: skip.detail)
    }

    package func read(into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        guard case .bytes(let count) = read(into: buffer.baseAddress!, count: buffer.count) else { return nil }
        return count
    }

    package var failureMessage: String { failure?.detail ?? "member could not be read" }
}

/// How a libarchive failure is reported: a container cut short is `truncated`, one that needs a passphrase
/// `encrypted`, any other damage `corrupt`.
package enum ArchiveFailure {
    package static func reason(_ error: ArchiveError) -> SkipReason {
        let message = error.message.lowercased()
        if message.contains("truncated") || message.contains("premature end") || message.contains("unexpected eof") {
            return .truncated
        }
        if message.contains("passphrase") || message.contains("encrypt") { return .encrypted }
        return .corrupt
    }
}
