import Foundation
import Synchronization
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
        while let value = emitter.next()?.part { results.append(value) }
        group.wait()
        #expect(results == [0, 10, 20, 30, 40, 50, 60, 70])
    }

    @Test("parts stream in order; parts of a later item wait once the byte budget is spent")
    func emitterBoundsPartsInBytes() {
        let emitter = OrderedEmitter<Int>(window: 8, byteBudget: 100)
        let accepted = Mutex(0)
        let group = DispatchGroup()
        group.enter()
        Thread.detachNewThread {
            for part in 0..<5 {
                emitter.submit(100 + part, sequence: 1, isLast: part == 4, bytes: 60)
                accepted.withLock { $0 += 1 }
            }
            group.leave()
        }
        Thread.sleep(forTimeInterval: 0.2)
        // Item 1 ran ahead: its first part fits the budget, the second (120 bytes in all) waits for item 0.
        #expect(accepted.withLock { $0 } == 1)
        group.enter()
        Thread.detachNewThread {
            // Due next: accepted whatever its size; its second part waits until the first has been taken.
            emitter.submit(0, sequence: 0, isLast: false, bytes: 500)
            emitter.submit(1, sequence: 0, isLast: true, bytes: 500)
            emitter.finish(total: 2)
            group.leave()
        }
        var results: [Int] = []
        var closing: [Bool] = []
        while let (part, isLast) = emitter.next() {
            results.append(part)
            closing.append(isLast)
        }
        group.wait()
        #expect(results == [0, 1, 100, 101, 102, 103, 104])
        #expect(closing == [false, true, false, false, false, false, true])
    }
}
