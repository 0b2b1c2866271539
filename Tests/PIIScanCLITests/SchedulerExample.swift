import Foundation
import Yams

/// One shipped scheduler example (`integrations/cron`, `systemd`, `kubernetes`) read the way its scheduler reads
/// it: the environment it sets and the `piiscan` command lines it runs, in order.
struct SchedulerExample {
    /// Which file it is.
    enum Kind: String, CaseIterable, Sendable {
        case cron, systemd, kubernetes
    }

    let kind: Kind
    /// Environment variables the scheduler sets for the commands.
    let environment: [String: String]
    /// Each `piiscan` invocation's arguments (after the `piiscan` word), in the order they run.
    let invocations: [[String]]

    static let integrations = PIIScanProcess.packageRoot + "/integrations"
    static let cronFile = integrations + "/cron/piiscan.cron"
    static let systemdService = integrations + "/systemd/piiscan-scan.service"
    static let kubernetesFile = integrations + "/kubernetes/piiscan-cronjob.yaml"

    static func load(_ kind: Kind) throws -> SchedulerExample {
        switch kind {
        case .cron:
            let job = try CronFile(path: cronFile)
            return SchedulerExample(
                kind: kind, environment: job.environment, invocations: piiscanCommands(in: job.command))
        case .systemd:
            let unit = try UnitFile(path: systemdService)
            let environment = Dictionary(
                unit.values("Service", "Environment").map { entry in
                    let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                    return (parts[0], parts.count > 1 ? parts[1] : "")
                }, uniquingKeysWith: { $1 })
            let invocations = unit.values("Service", "ExecStart").map { ShellWords.commands(in: $0)[0] }
            return SchedulerExample(
                kind: kind, environment: environment,
                invocations: invocations.map { words in
                    precondition(words.first == "/usr/local/bin/piiscan", "ExecStart runs \(words.first ?? "")")
                    return Array(words.dropFirst())
                })
        case .kubernetes:
            let containers = try KubernetesCronJob(path: kubernetesFile).podContainers
            var environment: [String: String] = [:]
            for container in containers {
                for variable in container["env"] as? [[String: Any]] ?? [] {
                    environment[variable["name"] as! String] = variable["value"] as? String ?? "$(secret)"
                }
            }
            let invocations = containers.map { container in
                precondition(container["command"] as? [String] == ["piiscan"], "a container runs something else")
                return container["args"] as? [String] ?? []
            }
            return SchedulerExample(kind: kind, environment: environment, invocations: invocations)
        }
    }

    /// The `piiscan` commands of a shell command line, in order.
    static func piiscanCommands(in command: String) -> [[String]] {
        ShellWords.commands(in: command).filter { $0.first == "piiscan" }.map { Array($0.dropFirst()) }
    }
}

/// An `/etc/cron.d` file: environment lines, and one job (five time fields, a user, a command).
struct CronFile {
    var environment: [String: String] = [:]
    var schedule = ""
    var user = ""
    var command = ""

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n").map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: true).map(String.init)
            if let equals = fields[0].firstIndex(of: "="), fields.count == 1 {
                environment[String(fields[0][..<equals])] = String(fields[0][fields[0].index(after: equals)...])
                continue
            }
            precondition(command.isEmpty, "one job per file")
            schedule = fields[0..<5].joined(separator: " ")
            user = fields[5]
            command = fields[6]
        }
    }
}

/// A systemd unit file: `Key=Value` entries per section, in order.
struct UnitFile {
    var entries: [(section: String, key: String, value: String)] = []

    init(path: String) throws {
        var section = ""
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init) {
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("[") {
                section = String(line.dropFirst().dropLast())
            } else if let equals = line.firstIndex(of: "=") {
                entries.append((section, String(line[..<equals]), String(line[line.index(after: equals)...])))
            }
        }
    }

    func values(_ section: String, _ key: String) -> [String] {
        entries.filter { $0.section == section && $0.key == key }.map(\.value)
    }
}

/// The Kubernetes manifest: its documents, the CronJob among them.
struct KubernetesCronJob {
    let documents: [[String: Any]]

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        documents = try Yams.load_all(yaml: text).map { $0 as? [String: Any] ?? [:] }
    }

    var cronJob: [String: Any] { documents.first { $0["kind"] as? String == "CronJob" } ?? [:] }

    /// `spec.jobTemplate.spec.template.spec`.
    var podSpec: [String: Any] {
        let jobTemplate = (cronJob["spec"] as? [String: Any])?["jobTemplate"] as? [String: Any]
        let template = (jobTemplate?["spec"] as? [String: Any])?["template"] as? [String: Any]
        return template?["spec"] as? [String: Any] ?? [:]
    }

    /// Init containers, then containers: the order the pod runs them.
    var podContainers: [[String: Any]] {
        (podSpec["initContainers"] as? [[String: Any]] ?? []) + (podSpec["containers"] as? [[String: Any]] ?? [])
    }
}

/// POSIX shell words, enough for the examples: quotes, backslashes, and the operators `&&`, `||`, `;`, `|` that
/// separate commands; redirections (`> file`, `2>/dev/null`) are dropped.
enum ShellWords {
    static func commands(in line: String) -> [[String]] {
        var commands: [[String]] = [[]]
        var word: String?
        var quote: Character?
        var dropNext = false
        var characters = Array(line)[...]
        func endWord() {
            if let finished = word {
                if dropNext { dropNext = false } else { commands[commands.count - 1].append(finished) }
            }
            word = nil
        }
        while let character = characters.popFirst() {
            if let open = quote {
                if character == open { quote = nil } else { word!.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                word = word ?? ""
            } else if character == "\\" {
                word = (word ?? "") + String(characters.popFirst() ?? "\\")
            } else if character == " " || character == "\t" {
                endWord()
            } else if character == ">" {
                let descriptor = word.map { $0.allSatisfy(\.isNumber) } ?? false
                if !descriptor { endWord() }
                word = nil
                if characters.first == ">" { characters.removeFirst() }
                dropNext = true
            } else if "&|;".contains(character) {
                endWord()
                if characters.first == character { characters.removeFirst() }
                commands.append([])
            } else {
                word = (word ?? "") + String(character)
            }
        }
        endWord()
        return commands.filter { !$0.isEmpty }
    }
}
