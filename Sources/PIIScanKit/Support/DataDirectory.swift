#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where piiscan keeps its per-user files (the fingerprint key, the scan history): `$PIISCAN_HOME`, else
/// `$XDG_DATA_HOME/piiscan` (absolute only, as the XDG spec says), else `~/.local/share/piiscan`, with the home
/// directory from `HOME` or the password database.
package enum DataDirectory {
    /// The directory, or nil when neither `PIISCAN_HOME`, `XDG_DATA_HOME` nor a home directory is known.
    package static func path(environment: [String: String]) -> String? {
        if let home = environment["PIISCAN_HOME"], !home.isEmpty { return home }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return join(data, "piiscan") }
        guard let home = environment["HOME"].flatMap({ $0.isEmpty ? nil : $0 }) ?? passwordDatabaseHome() else {
            return nil
        }
        return join(home, ".local/share/piiscan")
    }

    /// The way out when the directory cannot be used, for errors: set `PIISCAN_HOME`, saying which variable
    /// chose the directory otherwise. `holding` names what piiscan keeps there ("fingerprint key").
    package static func hint(environment: [String: String], holding: String) -> String {
        let chosenBy =
            if let home = environment["PIISCAN_HOME"], !home.isEmpty {
                ""
            } else if environment["XDG_DATA_HOME"]?.hasPrefix("/") == true {
                ", found from XDG_DATA_HOME as PIISCAN_HOME is not set"
            } else {
                ", found from HOME as PIISCAN_HOME is not set"
            }
        return "set PIISCAN_HOME to a directory you can write (piiscan's data directory, which holds the \(holding)"
            + "\(chosenBy))"
    }

    /// `directory/name` with exactly one slash between them.
    package static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func passwordDatabaseHome() -> String? {
        guard let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return home.isEmpty ? nil : home
    }
}
