/// Names JSON key paths inside one database value with the same tracker the file scan uses for `.json`
/// files, so a column finding's `json_path` reads like a file finding's `field` (`$.contact.email`).
enum JSONPathNaming {
    /// The key path at each of `offsets` (non-decreasing) in the JSON document `value`, keys named by `naming`.
    static func name(_ value: [UInt8], _ offsets: [Int], naming: FieldNaming) -> [String?] {
        let tracker = FieldTracker.jsonDocument(naming: naming)
        return value.withUnsafeBytes { bytes in
            let chunk = Chunk(bytes: bytes, fileOffset: 0, reportFrom: 0, reportUntil: bytes.count, isLast: true)
            return offsets.map { tracker.field(atFileOffset: $0, in: chunk) }
        }
    }
}
