import Foundation
import PIIScanTestSupport
import Testing

/// The shipped CI integrations, run for real against the sample repository: the pre-commit hook through
/// `pre-commit try-repo`, and the command lines of the GitHub workflow and the GitLab job.
@Suite("CI integrations")
struct IntegrationsTests {
    static let integrations = PIIScanProcess.packageRoot + "/integrations"

    static var hasPreCommit: Bool {
        (try? GateSampleRepository.run(["pre-commit", "--version"], in: "/"))?.status == 0
    }

    /// Parses YAML with python3 (PyYAML) and prints `expression` of it as JSON.
    private func yamlQuery(_ file: String, _ expression: String) throws -> Any {
        let script = "import json, sys, yaml\ndoc = yaml.safe_load(open(sys.argv[1]))\nprint(json.dumps(\(expression)))"
        let result = try GateSampleRepository.run(["python3", "-c", script, file], in: "/")
        #expect(result.status == 0, "\(result.output)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8), options: .fragmentsAllowed)
    }

    @Test(
        "the pre-commit hook fails on the undeclared column and passes once it is declared", .enabled(if: hasPreCommit))
    func preCommitHook() throws {
        let repository = try GateSampleRepository()
        let hookRepository = try TempTree(prefix: "piiscan-hook-repo")
        try FileManager.default.copyItem(
            atPath: PIIScanProcess.packageRoot + "/.pre-commit-hooks.yaml",
            toPath: hookRepository.path(".pre-commit-hooks.yaml"))
        for arguments in [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "hooks"]] {
            let result = try GateSampleRepository.run(
                ["git", "-c", "user.email=t@test.example", "-c", "user.name=t"] + arguments, in: hookRepository.root)
            #expect(result.status == 0, "\(result.output)")
        }
        let environment = ["PRE_COMMIT_HOME": hookRepository.path("cache"), "HOME": hookRepository.root]
        let command = ["pre-commit", "try-repo", hookRepository.root, "piiscan-gate", "--all-files", "--verbose"]
        let failing = try GateSampleRepository.run(command, in: repository.root, environment: environment)
        #expect(failing.status == 1, "\(failing.output)")
        #expect(failing.output.contains("piiscan migration gate"))
        #expect(failing.output.contains("V2__phone.sql:2:34: error: customers.mobile_phone"))
        try repository.declarePhone()
        let passing = try GateSampleRepository.run(command, in: repository.root, environment: environment)
        #expect(passing.status == 0, "\(passing.output)")
        #expect(passing.output.contains("piiscan gate passed"))
    }

    @Test("the GitHub workflow's piiscan steps: SARIF written and valid JSON, annotations fail the job")
    func gitHubWorkflow() throws {
        let file = Self.integrations + "/github/piiscan-gate.yml"
        let job = try #require(try yamlQuery(file, "doc['jobs']['gate']") as? [String: Any])
        var environment = try #require(job["env"] as? [String: String])
        #expect(environment["BASE_REF"] == "${{ github.base_ref }}")
        environment["BASE_REF"] = "main"
        let steps = try #require(job["steps"] as? [[String: Any]])
        let checkout = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/checkout@") == true })
        #expect((checkout["with"] as? [String: Any])?["fetch-depth"] as? Int == 0)
        #expect(steps.contains { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        let commands = steps.compactMap { $0["run"] as? String }.filter { $0.contains("piiscan gate") }
        #expect(commands.count == 2)

        let repository = try GateSampleRepository()
        let sarifStep = try GateSampleRepository.run(
            ["bash", "-e", "-c", commands[0]], in: repository.root, environment: environment)
        #expect(sarifStep.status == 0, "exit 1 must not stop the upload: \(sarifStep.output)")
        let log = try JSONSerialization.jsonObject(with: Data(try TempTree.read(repository.root + "/piiscan.sarif")))
        let results = try #require(((log as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])
        #expect(results.count == 1)
        let annotations = try GateSampleRepository.run(
            ["bash", "-e", "-c", commands[1]], in: repository.root, environment: environment)
        #expect(annotations.status == 1)
        #expect(annotations.output.contains("::error file=db/migrations/V2__phone.sql,line=2,"))

        try repository.declarePhone()
        #expect(
            try GateSampleRepository.run(
                ["bash", "-e", "-c", commands[1]], in: repository.root, environment: environment
            ).status == 0)
    }

    @Test("the GitLab job's script: SARIF artifact kept, text report in the log, job fails then passes")
    func gitLabJob() throws {
        let file = Self.integrations + "/gitlab/piiscan-gate.gitlab-ci.yml"
        let job = try #require(try yamlQuery(file, "doc['piiscan-gate']") as? [String: Any])
        let script = try #require(job["script"] as? [String])
        let variables = try #require(job["variables"] as? [String: String])
        let artifacts = try #require((job["artifacts"] as? [String: Any])?["paths"] as? [String])
        var environment = variables
        environment["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"] = "main"

        let repository = try GateSampleRepository()
        let failing = try GateSampleRepository.run(
            ["bash", "-e", "-c", script.joined(separator: "\n")], in: repository.root, environment: environment)
        #expect(failing.status == 1, "\(failing.output)")
        #expect(failing.output.contains("V2__phone.sql:2:34: error: customers.mobile_phone"))
        for artifact in artifacts {
            #expect(FileManager.default.fileExists(atPath: repository.root + "/" + artifact), "\(artifact)")
        }
        try repository.declarePhone()
        let passing = try GateSampleRepository.run(
            ["bash", "-e", "-c", script.joined(separator: "\n")], in: repository.root, environment: environment)
        #expect(passing.status == 0, "\(passing.output)")
    }
}
