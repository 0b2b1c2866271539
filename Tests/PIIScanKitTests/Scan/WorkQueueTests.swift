import Foundation
import Testing

@testable import PIIScanKit

@Suite("WorkQueue and OrderedEmitter")
struct WorkQueueTests {
    @Test func queueDeliversEverythingOnceAcrossConsumers() {
        let queue = WorkQueue<Int>(capacity: 4)
        let collected = NSLock()
        nonisolated(unsafe) var seen: [Int] = []
        let group = DispatchGroup()
        for _ in 0..<3 {
            group.enter()
            Thread.detachNewThread {
                while let value = queue.pop() {
                    collected.withLock { seen.append(value) }
                }
                group.leave()
            }
        }
        for value in 0..<1000 { queue.push(value) }
        queue.close()
        group.wait()
        #expect(seen.sorted() == Array(0..<1000))
    }

    @Test func pushAfterCloseIsRefused() {
        let queue = WorkQueue<Int>(capacity: 1)
        queue.close()
        #expect(queue.push(1) == false)
        #expect(queue.pop() == nil)
    }

    @Test func emitterRestoresSequenceOrder() {
        let emitter = OrderedEmitter<Int>(window: 8)
        let group = DispatchGroup()
        group.enter()
        Thread.detachNewThread {
            for sequence in [3, 1, 0, 2, 5, 4, 7, 6] { emitter.submit(sequence * 10, sequence: sequence) }
            emitter.finish(total: 8)
            group.leave()
        }
        var results: [Int] = []
        while let value = emitter.next() { results.append(value) }
        group.wait()
        #expect(results == [0, 10, 20, 30, 40, 50, 60, 70])
    }
}
