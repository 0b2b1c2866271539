import Foundation

/// Re-orders per-item results by sequence number, so that output is streaming and deterministic whatever
/// order the workers finish in. An item may be handed in as several parts (a large file's findings chunk by
/// chunk): the parts of the item due next go straight through, the parts of items ahead wait here.
///
/// What waits is bounded twice: at most `window` items ahead of the next one due, and at most `byteBudget`
/// estimated bytes of parts, whichever item they belong to (a consumer slower than the workers makes them wait
/// too). The item due next is accepted whatever its size when none of its parts is waiting to be taken, and the
/// lowest item in flight is always the one due (workers take items in order), so this cannot deadlock.
final class OrderedEmitter<Part: Sendable>: @unchecked Sendable {
    private struct Pending {
        /// Parts not taken yet, each with its estimated size.
        var parts: [(part: Part, bytes: Int)] = []
        var finished = false
    }

    private let condition = NSCondition()
    private var pending: [Int: Pending] = [:]
    private var nextSequence = 0
    private var total: Int?
    private let window: Int
    private let byteBudget: Int
    private var bufferedBytes = 0

    init(window: Int, byteBudget: Int = .max) {
        self.window = max(1, window)
        self.byteBudget = max(1, byteBudget)
    }

    /// Hands in the whole result of item `sequence`.
    func submit(_ result: Part, sequence: Int) {
        submit(result, sequence: sequence, isLast: true, bytes: 0)
    }

    /// Hands in one part of item `sequence`, of about `bytes` bytes; `isLast` closes the item.
    func submit(_ part: Part, sequence: Int, isLast: Bool, bytes: Int) {
        condition.lock()
        defer { condition.unlock() }
        while sequence >= nextSequence + window || mustWait(sequence, bytes: bytes) { condition.wait() }
        pending[sequence, default: Pending()].parts.append((part, bytes))
        bufferedBytes += bytes
        if isLast { pending[sequence]!.finished = true }
        condition.broadcast()
    }

    /// Over budget, a part waits, unless it belongs to the item due next and nothing of that item is waiting to
    /// be taken: then only this part can free the budget (the parts holding it belong to later items).
    private func mustWait(_ sequence: Int, bytes: Int) -> Bool {
        guard bufferedBytes > 0, bufferedBytes + bytes > byteBudget else { return false }
        return sequence != nextSequence || pending[nextSequence]?.parts.isEmpty == false
    }

    /// The producer has numbered `total` items: once they are all emitted, `next` returns nil.
    func finish(total: Int) {
        condition.lock()
        self.total = total
        condition.broadcast()
        condition.unlock()
    }

    /// The next part in sequence order, waiting for it, and whether it closes its item; nil when every item has
    /// been emitted.
    func next() -> (part: Part, isLast: Bool)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if pending[nextSequence]?.parts.isEmpty == false {
                // Taken out of the dictionary while it changes, so its parts array is not copied.
                var item = pending.removeValue(forKey: nextSequence)!
                let (part, bytes) = item.parts.removeFirst()
                bufferedBytes -= bytes
                let isLast = item.finished && item.parts.isEmpty
                if isLast { nextSequence += 1 } else { pending[nextSequence] = item }
                condition.broadcast()
                return (part, isLast)
            }
            if let total, nextSequence >= total { return nil }
            condition.wait()
        }
    }
}
