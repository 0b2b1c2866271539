import Foundation

/// A bounded multi-producer/multi-consumer FIFO. `push` waits while the queue is full: that wait is the
/// back-pressure that keeps memory flat however many files a tree holds.
final class WorkQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var buffer: [Element?]
    private var head = 0
    private var count = 0
    private var closed = false

    init(capacity: Int) {
        buffer = Array(repeating: nil, count: max(1, capacity))
    }

    /// Adds `element`, waiting for room; returns false (dropping it) once the queue is closed.
    @discardableResult
    func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while count == buffer.count && !closed { condition.wait() }
        guard !closed else { return false }
        buffer[(head + count) % buffer.count] = element
        count += 1
        condition.broadcast()
        return true
    }

    /// Takes the oldest element, waiting for one; nil once the queue is closed and drained.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed { condition.wait() }
        guard count > 0 else { return nil }
        let element = buffer[head]
        buffer[head] = nil
        head = (head + 1) % buffer.count
        count -= 1
        condition.broadcast()
        return element
    }

    /// No more pushes: consumers drain what is left, then get nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
