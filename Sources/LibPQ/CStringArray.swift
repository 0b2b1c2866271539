#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A NULL-terminated array of C strings that lives as long as the value: what `PQconnectdbParams` (keys and
/// values, which must both end with NULL) and `PQsendQueryParams` (values, NULL meaning SQL NULL) take.
///
/// Built here and nowhere else, so a caller can never hand libpq an unterminated or nil array (DESIGN §5).
final class CStringArray {
    private let pointers: UnsafeMutablePointer<UnsafePointer<CChar>?>
    /// Number of entries, not counting the terminating NULL.
    let count: Int

    init(_ strings: [String?]) {
        count = strings.count
        pointers = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() {
            pointers[index] = string.map { UnsafePointer(strdup($0)!) }
        }
        pointers[strings.count] = nil
    }

    deinit {
        for index in 0..<count {
            free(UnsafeMutablePointer(mutating: pointers[index]))
        }
        pointers.deallocate()
    }

    /// The array's address, valid while `self` is alive.
    var baseAddress: UnsafePointer<UnsafePointer<CChar>?> { UnsafePointer(pointers) }
}
