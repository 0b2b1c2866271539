import Foundation
import Synchronization

/// Runs the walk, N workers and the ordered hand-back of results: the one place with threads.
///
/// Workers are threads the scheduler owns, not tasks on the cooperative pool: `read(2)` and `pcre2_match`
/// block (DESIGN §2.4). The producer walks targets in order and numbers items; the bounded queue makes it
/// wait when workers fall behind; the caller's thread drains the emitter in sequence order.
final class ScanScheduler: Sendable {
    private let plan: ScanPlan
    private let progress: ScanProgress
    private let cancelled: @Sendable () -> Bool
    private let skipped = Mutex<[SkippedItem]>([])
    private let targetErrors = Mutex<[String]>([])
    /// Sequence numbers of items that are targets themselves (a file named on the command line): when such a
    /// file cannot be read, the target is unreadable (exit 3), not merely a skipped item.
    private let targetFileSequences = Mutex<Set<Int>>([])
    /// Stamps of the previous complete run's files (incremental rescans); an item whose stamp is unchanged is
    /// carried over instead of read.
    private let previousStates: [String: FileStamp]

    init(
        plan: ScanPlan, progress: ScanProgress, previousStates: [String: FileStamp] = [:],
        cancelled: @escaping @Sendable () -> Bool
    ) {
        self.plan = plan
        self.progress = progress
        self.previousStates = previousStates
        self.cancelled = cancelled
    }

    /// Scans every target, calling `onResult` on the calling thread in walk order.
    func run(onResult: (ItemResult) throws -> Void) rethrows -> (skipped: [SkippedItem], targetErrors: [String]) {
        let jobs = plan.options.jobs
        let queue = WorkQueue<ScanItem>(capacity: jobs * 64)
        let emitter = OrderedEmitter<ItemResult>(window: jobs * 256, byteBudget: Self.emitterByteBudget)
        let engine = Engine(catalog: plan.catalog, fingerprinter: plan.fingerprinter, reveal: plan.options.reveal)
        let finished = DispatchGroup()

        startThread(finished) { self.produce(into: queue, emitter: emitter, names: NameMasker(engine: engine)) }
        for _ in 0..<jobs {
            startThread(finished) {
                let worker = ScanWorker(
                    engine: engine, options: self.plan.options, progress: self.progress, isCancelled: self.cancelled)
                while let item = queue.pop() {
                    let result =
                        self.cancelled()
                        ? ItemResult(
                            findings: [], bytesScanned: 0,
                            skipped: SkippedItem(item: item.displayPath, reason: .cancelled))
                        : worker.scan(item) { findings in
                            let part = ItemResult.part(findings)
                            emitter.submit(part, sequence: item.sequence, isLast: false, bytes: part.estimatedBytes)
                        }
                    emitter.submit(result, sequence: item.sequence, isLast: true, bytes: result.estimatedBytes)
                }
            }
        }
        defer {
            queue.close()
            finished.wait()
        }
        var sequence = 0
        while let (result, isLast) = emitter.next() {
            guard isLast else {
                try onResult(result)
                continue
            }
            if let item = result.skipped {
                skipped.withLock { $0.append(item) }
                if Self.unreadable.contains(item.reason), targetFileSequences.withLock({ $0.contains(sequence) }) {
                    targetErrors.withLock {
                        $0.append("cannot read '\(item.item)': \(item.detail ?? item.reason.rawValue)")
                    }
                }
            }
            if let item = result.incomplete { skipped.withLock { $0.append(item) } }
            if !result.memberSkips.isEmpty { skipped.withLock { $0 += result.memberSkips } }
            sequence += 1
            try onResult(result)
        }
        return (skipped.withLock { $0 }, targetErrors.withLock { $0 })
    }

    private func startThread(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Walks the targets in order, numbering files; walk-time skips are recorded directly. Display paths have
    /// every detected value in a file or directory name masked.
    private func produce(
        into queue: WorkQueue<ScanItem>, emitter: OrderedEmitter<ItemResult>, names: NameMasker
    ) {
        var sequence = 0
        let prefixRoots = plan.fileTargets.count > 1
        for target in plan.fileTargets {
            guard !cancelled() else { break }
            let walker = FileTreeWalker(root: target, options: plan.options.walkOptions)
            do {
                try walker.walk { event in
                    switch event {
                    case .file(let entry):
                        if entry.path == target { targetFileSequences.withLock { _ = $0.insert(sequence) } }
                        let display = names.maskPath(
                            prefixRoots ? Self.join(target, entry.displayPath) : entry.displayPath)
                        let item = ScanItem(sequence: sequence, file: entry, displayPath: display)
                        // An unchanged file goes straight to the emitter: a trip through a worker cost more
                        // thread wake-ups than the rest of a rescan of many small files.
                        if !previousStates.isEmpty && previousStates[display] == FileStamp(entry) {
                            emitter.submit(.carriedOver(item), sequence: sequence)
                            sequence += 1
                            return !cancelled()
                        }
                        let pushed = queue.push(item)
                        if pushed { sequence += 1 }
                        return pushed && !cancelled()
                    case .skipped(var item):
                        if prefixRoots { item.item = Self.join(target, item.item) }
                        item.item = names.maskPath(item.item)
                        skipped.withLock { $0.append(item) }
                        return !cancelled()
                    }
                }
            } catch {
                targetErrors.withLock { $0.append(error.description) }
            }
        }
        queue.close()
        emitter.finish(total: sequence)
    }

    /// What the emitter may hold of findings waiting for earlier files (estimated): with the workers' own parts
    /// in flight, it bounds a scan's memory whatever the input.
    static let emitterByteBudget = 32 << 20

    /// Skip reasons that mean a file could not be read at all.
    private static let unreadable: Set<SkipReason> = [.permissionDenied, .readError, .vanished]

    private static func join(_ root: String, _ relative: String) -> String {
        if relative.isEmpty || relative == root { return root }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
