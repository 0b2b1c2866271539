import Foundation

/// The process that records a run: host name, pid, and a start token that tells a live process from a later
/// one that reuses the pid (the kernel boot id and the process start time from `/proc`).
///
/// A `running` run whose process is gone (killed, crashed, machine rebooted) reads as incomplete. On another
/// host the process cannot be checked, so such a run reads as running until that host's next scan marks it.
public struct RunOwner: Sendable, Hashable {
    public var host: String
    public var pid: Int32
    public var startToken: String

    public init(host: String, pid: Int32, startToken: String) {
        self.host = host
        self.pid = pid
        self.startToken = startToken
    }

    /// This process.
    public static var current: RunOwner {
        let pid = getpid()
        return RunOwner(host: hostName, pid: pid, startToken: startToken(of: pid) ?? "")
    }

    /// True unless this owner is on this host and its process is gone (or is another process now).
    var isAliveOnThisHost: Bool {
        guard host == Self.hostName else { return true }
        if let token = Self.startToken(of: pid) { return token == startToken }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "" }
        return String(cString: buffer)
    }

    /// `<boot id>:<start time in clock ticks>` of a running process, or nil when it does not exist (or there is
    /// no `/proc`).
    static func startToken(of pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // Fields after the command name (which may hold spaces); the start time is field 22 of the whole line.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19 else { return nil }
        let boot = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)) ?? ""
        return boot.trimmingCharacters(in: .whitespacesAndNewlines) + ":" + fields[19]
    }
}
