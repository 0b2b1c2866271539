import LibArchive

/// Containers (archives and compressed files), read as streams through libarchive and never extracted: each
/// member is scanned like a file on disk by `scanStream`, with the walker's globs and size limit applied to its
/// name, containers nested in it opened up to `ArchiveLimits.maxDepth`, and every member and expanded byte counted
/// against the container's `ContainerBudget`.
extension ScanWorker {
    /// Scans the container `item`, whose first bytes are `format`'s. Member skips (and a container that turned out
    /// damaged part-way, or passed a limit) go to `skips`; the outcome is `.completed` with the bytes scanned, or a
    /// skip when the container could not be opened at all or the scan was cancelled.
    func scanContainer(
        _ item: ScanItem, format: ContainerFormat, into found: inout ItemFindings, skips: inout [SkippedItem],
        emitPart: ([Finding]) -> Void
    ) -> ReadOutcome {
        guard options.archive.maxDepth > 0 else {
            return .skipped(.archiveDepth, detail: "\(format.rawValue) not opened (--max-archive-depth 0)")
        }
        let file: FileByteSource
        switch FileByteSource.open(item.file.path) {
        case .success(let opened): file = opened
        case .failure(let skip): return .skipped(skip.reason, detail: skip.detail)
        }
        let archive: ArchiveReader
        do {
            archive = try ArchiveReader.open(fileDescriptor: file.descriptor)
        } catch {
            return .skipped(ArchiveFailure.reason(error), detail: error.message)
        }
        var walk = ContainerWalk(
            top: item.displayPath,
            budget: ContainerBudget(limits: options.archive) { [unowned archive] in archive.inputBytesRead })
        scanArchive(
            archive, chain: [item.displayPath], innerName: ContainerFormat.innerName(of: item.file.path), depth: 1,
            walk: &walk, into: &found, emitPart: emitPart)
        // The descriptor stays open (`file` alive) until libarchive has read everything.
        withExtendedLifetime(file) {}
        skips += walk.skips
        guard !isCancelled() else { return .skipped(.cancelled, detail: nil) }
        return .completed(bytesRead: walk.bytesScanned)
    }

    /// Scans every member of `archive` (the container at the end of `chain`, `depth` levels down); false when the
    /// whole container must stop (cancelled, or a limit passed).
    @discardableResult
    private func scanArchive(
        _ archive: ArchiveReader, chain: [String], innerName: String, depth: Int, walk: inout ContainerWalk,
        into found: inout ItemFindings, emitPart: ([Finding]) -> Void
    ) -> Bool {
        let here = chain.joined(separator: "!")
        while !isCancelled() {
            let entry: ArchiveEntry?
            do {
                entry = try archive.nextEntry()
            } catch {
                return walk.fail(here, error)
            }
            guard let entry else { return true }
            guard entry.kind == .regular else { continue }
            guard walk.budget.addMember() else { return walk.stop() }
            let name = archive.isSingleFile ? innerName : entry.path
            let stream = ArchiveMemberStream(
                archive: archive, budget: walk.budget, keepLimit: Self.profileBytes + reader.capacity)
            let member = StreamInput(source: .member(stream), name: name, path: names.maskPath(name), container: chain)
            guard isSelected(name) else { continue }
            if entry.isEncrypted {
                walk.skip(member.chainPath, .encrypted, "member is encrypted")
                continue
            }
            if let size = entry.size {
                if memberFilter.isTooLarge(size: Int(size)) {
                    walk.skip(member.chainPath, .tooLarge, "\(size) bytes")
                    continue
                }
                guard walk.budget.admits(declaredSize: Int(size)) else { return walk.stop() }
            }
            guard let head = stream.head(ContainerFormat.sniffLength) else {
                guard walk.budget.exceeded == nil else { return walk.stop() }
                walk.skip(member.chainPath, stream.failure?.reason ?? .readError, stream.failure?.detail)
                if stream.failureEndsArchive { return true }
                continue
            }
            if let nested = head.withUnsafeBytes(ContainerFormat.sniff) {
                _ = stream.rewind()
                stream.stopKeeping()
                guard
                    openNested(
                        nested, stream: stream, member: member, depth: depth, walk: &walk, into: &found,
                        emitPart: emitPart)
                else { return false }
                continue
            }
            let outcome = scanStream(member, into: &found, emitPart: emitPart)
            switch outcome {
            case .completed(let bytes): walk.bytesScanned += bytes
            case .container: continue  // the head was sniffed already
            case .databaseFile(let format): walk.skip(member.chainPath, .databaseFile, format.detail)
            case .skipped(.cancelled, _): return false
            case .skipped(.archiveLimit, _): return walk.stop()
            case .skipped(let reason, let detail):
                walk.skip(member.chainPath, reason, detail)
                // The archive's own error already names this member: nothing after it can be read.
                if stream.failureEndsArchive { return true }
            }
        }
        return false
    }

    /// Opens a container found as a member and scans it, or skips it when it is nested too deep or cannot be
    /// opened; false when the whole container must stop.
    private func openNested(
        _ format: ContainerFormat, stream: ArchiveMemberStream, member: StreamInput, depth: Int,
        walk: inout ContainerWalk, into found: inout ItemFindings, emitPart: ([Finding]) -> Void
    ) -> Bool {
        guard depth < options.archive.maxDepth else {
            walk.skip(
                member.chainPath, .archiveDepth,
                "\(format.rawValue) nested \(depth + 1) deep (--max-archive-depth \(options.archive.maxDepth))")
            return true
        }
        let nested: ArchiveReader
        do {
            nested = try ArchiveReader.open(input: stream)
        } catch {
            return walk.fail(member.chainPath, error)
        }
        return scanArchive(
            nested, chain: member.container + [member.path], innerName: ContainerFormat.innerName(of: member.name),
            depth: depth + 1, walk: &walk, into: &found, emitPart: emitPart)
    }

    /// True when the walker's globs keep the member: no exclude glob matches its name, and an include glob does
    /// when there are any.
    private func isSelected(_ name: String) -> Bool {
        var relative = Substring(name)
        while relative.hasPrefix("/") || relative.hasPrefix("./") {
            relative = relative.dropFirst(relative.hasPrefix("/") ? 1 : 2)
        }
        let bytes = Array(relative.utf8)
        if memberFilter.isExcluded(bytes, isDirectory: false) { return false }
        return !memberFilter.hasIncludes || memberFilter.isIncluded(bytes, isDirectory: false)
    }
}

/// The state of one container's scan: its budget, the members skipped, the bytes scanned.
struct ContainerWalk {
    /// The container on disk, which a passed limit is reported on.
    let top: String
    let budget: ContainerBudget
    var skips: [SkippedItem] = []
    var bytesScanned = 0

    init(top: String, budget: ContainerBudget) {
        self.top = top
        self.budget = budget
    }

    mutating func skip(_ item: String, _ reason: SkipReason, _ detail: String?) {
        skips.append(SkippedItem(item: item, reason: reason, detail: detail))
    }

    /// Reports the passed limit on the container; always false (stop).
    mutating func stop() -> Bool {
        skip(top, .archiveLimit, budget.exceeded)
        return false
    }

    /// Reports a container (at `item`) that cannot be read further: false when that was a passed limit (stop
    /// everything), true when only this container ends.
    mutating func fail(_ item: String, _ error: ArchiveError) -> Bool {
        guard budget.exceeded == nil else { return stop() }
        skip(item, ArchiveFailure.reason(error), error.message)
        return true
    }
}
