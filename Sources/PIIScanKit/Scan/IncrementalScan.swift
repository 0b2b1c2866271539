/// What an incremental rescan knows of the previous complete run (same targets, same configuration): each file's
/// stamp then, and how to get back that run's findings for a file.
///
/// A file whose stamp is unchanged is not read: the producer marks it carried (one dictionary lookup per file,
/// nothing per chunk), and `Scanner` asks `carriedFindings` for its earlier findings on the calling thread, in
/// walk order, so the report is the same as a full scan's.
public struct IncrementalScan {
    /// Stamps of the previous run's files, by path as findings show it.
    public var states: [String: FileStamp]
    /// The previous run's findings in one file, in their original order; called on the thread that runs the scan.
    public var carriedFindings: (String) throws -> [Finding]

    public init(states: [String: FileStamp], carriedFindings: @escaping (String) throws -> [Finding]) {
        self.states = states
        self.carriedFindings = carriedFindings
    }

    /// What `history` knows of its complete run `run`: the file stamps, and where the findings of the files that
    /// had any are (both read at once); a carried file costs a store query only when it had findings.
    public init(history: any ScanHistory, run: Int64) throws {
        let sources = try history.findingSources(run: run)
        self.init(states: try history.fileStates(run: run)) { path in
            guard let source = sources[path] else { return [] }
            return try history.findings(heldBy: source, path: path)
        }
    }
}
