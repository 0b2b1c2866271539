/// Reports print targets and skipped items exactly as the scan saw them, except for credentials: a target
/// given as `postgres://u:secret@h/db` is printed as `postgres://u@h/db`.
extension ScanSummary {
    var redacted: ScanSummary {
        var copy = self
        copy.targets = targets.map(Redaction.redactCredentials(in:))
        copy.unreadableTargets = unreadableTargets.map(Redaction.redactCredentials(in:))
        copy.skipped = skipped.map { item in
            var item = item
            item.item = Redaction.redactCredentials(in: item.item)
            item.detail = item.detail.map(Redaction.redactCredentials(in:))
            return item
        }
        return copy
    }
}
