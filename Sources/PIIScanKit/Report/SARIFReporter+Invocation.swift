/// The run's `invocations[0]`: whether piiscan read everything it should have, and a notification for each
/// unreadable target and skipped item, failures first, then the report's notes as warnings.
extension SARIFReporter {
    /// Notifications for skipped items beyond this many are counted in one closing note.
    static let maxNotifications = 1_000

    static func invocation(_ summary: ScanSummary) -> SARIF.Invocation {
        var notifications = summary.unreadableTargets.map {
            SARIF.Notification(level: "error", message: SARIF.Message(text: "unreadable target: \($0)"))
        }
        if summary.cancelled {
            notifications.append(
                SARIF.Notification(level: "error", message: SARIF.Message(text: "cancelled: the results are partial")))
        }
        let items = summary.failures + summary.skipped.filter { !$0.isFailure }
        notifications += items.prefix(maxNotifications).map(notification)
        if items.count > maxNotifications {
            let more = items.count - maxNotifications
            notifications.append(
                SARIF.Notification(
                    level: "note",
                    message: SARIF.Message(text: "\(more) more skipped items not listed; see the json report")))
        }
        notifications += summary.notes.map { SARIF.Notification(level: "warning", message: SARIF.Message(text: $0)) }
        return SARIF.Invocation(
            executionSuccessful: !summary.cancelled && summary.readEverything,
            toolExecutionNotifications: notifications)
    }

    private static func notification(_ item: SkippedItem) -> SARIF.Notification {
        let detail = item.detail.map { " (\($0))" } ?? ""
        let what = item.isFailure ? "not read" : "skipped"
        return SARIF.Notification(
            level: item.isFailure ? "error" : "note",
            message: SARIF.Message(text: "\(item.item): \(what), \(item.reason.rawValue)\(detail)"),
            properties: SARIF.NotificationProperties(
                item: item.item, reason: item.reason.rawValue, failure: item.isFailure))
    }
}
