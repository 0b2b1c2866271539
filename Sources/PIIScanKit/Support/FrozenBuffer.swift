/// An immutable array in manually allocated memory. Hot loops read it through `pointer`, a trivially
/// copyable value: no reference counting and no exclusivity checks per access, which a Swift `Array` of
/// structs holding arrays costs on every element copy (measured: a quarter of scan time).
///
/// The pointer is valid for the life of the buffer; owners keep the buffer alive next to the pointers.
package final class FrozenBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    package let pointer: UnsafePointer<Element>
    package let count: Int

    init(_ elements: [Element]) {
        let storage = UnsafeMutablePointer<Element>.allocate(capacity: max(1, elements.count))
        elements.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { storage.initialize(from: base, count: source.count) }
        }
        pointer = UnsafePointer(storage)
        count = elements.count
    }

    deinit {
        UnsafeMutablePointer(mutating: pointer).deallocate()
    }
}
