import Foundation

/// Re-orders per-item results by sequence number, so that output is streaming and deterministic whatever
/// order the workers finish in. Holds at most `window` results ahead of the next one due: a worker that
/// runs too far ahead waits (the item due next is always accepted, so this cannot deadlock).
final class OrderedEmitter<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [Int: Result] = [:]
    private var nextSequence = 0
    private var total: Int?
    private let window: Int

    init(window: Int) {
        self.window = max(1, window)
    }

    /// Hands in the result of item `sequence`.
    func submit(_ result: Result, sequence: Int) {
        condition.lock()
        defer { condition.unlock() }
        while sequence >= nextSequence + window { condition.wait() }
        pending[sequence] = result
        condition.broadcast()
    }

    /// The producer has numbered `total` items: once they are all emitted, `next` returns nil.
    func finish(total: Int) {
        condition.lock()
        self.total = total
        condition.broadcast()
        condition.unlock()
    }

    /// The next result in sequence order, waiting for it; nil when every item has been emitted.
    func next() -> Result? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = pending.removeValue(forKey: nextSequence) {
                nextSequence += 1
                condition.broadcast()
                return result
            }
            if let total, nextSequence >= total { return nil }
            condition.wait()
        }
    }
}
