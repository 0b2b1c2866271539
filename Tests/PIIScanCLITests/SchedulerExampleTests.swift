import Foundation
import PIIScanTestSupport
import Testing

/// The cron, systemd and Kubernetes examples in `integrations/`: each is well-formed for its scheduler, runs the
/// nightly pattern (scan into the store, report, diff), uses only options the built `piiscan` has, and runs for
/// real against a temp tree.
@Suite("Scheduler examples")
struct SchedulerExampleTests {
    @Test func cronRunsTheNightlyPipelineAsTheDedicatedUser() throws {
        let job = try CronFile(path: SchedulerExample.cronFile)
        #expect(job.schedule == "30 2 * * *")
        #expect(job.user == "piiscan")
        #expect(job.environment["PIISCAN_HOME"] == "/var/lib/piiscan")
        #expect(job.environment["MAILTO"] != nil)
        #expect(!job.command.contains("%"), "cron turns % into a newline")
        let example = try SchedulerExample.load(.cron)
        #expect(example.invocations.map { $0.first } == ["scan", "report", "diff"])
    }

    @Test func systemdUnitsAreHardenedAndTimed() throws {
        let service = try UnitFile(path: SchedulerExample.systemdService)
        let expected = [
            "Type": "oneshot", "DynamicUser": "yes", "StateDirectory": "piiscan", "ProtectSystem": "strict",
            "ProtectHome": "yes", "NoNewPrivileges": "yes", "PrivateDevices": "yes", "CapabilityBoundingSet": "",
            "IPAddressDeny": "any", "ReadOnlyPaths": "/srv/exports /etc/piiscan",
        ]
        for (key, value) in expected {
            #expect(service.values("Service", key) == [value], "\(key)")
        }
        #expect(service.values("Service", "Environment").contains("PIISCAN_HOME=%S/piiscan"))
        #expect(service.values("Unit", "OnFailure") == ["piiscan-alert@%n.service"])
        let timer = try UnitFile(path: SchedulerExample.integrations + "/systemd/piiscan-scan.timer")
        #expect(timer.values("Timer", "OnCalendar") == ["*-*-* 02:30:00"])
        #expect(timer.values("Timer", "Persistent") == ["yes"] || timer.values("Timer", "Persistent") == ["true"])
        #expect(try SchedulerExample.load(.systemd).invocations.map { $0.first } == ["scan", "report", "diff"])
    }

    @Test(.enabled(if: SystemdAnalyze.path != nil, "systemd-analyze is not installed"))
    func systemdUnitsPassSystemdAnalyzeVerify() throws {
        let units = try SystemdAnalyze.copyUnits(binary: try PIIScanProcess.binaryPath())
        let verify = try SystemdAnalyze.run(
            ["verify", "--man=no", "--generators=no"] + SystemdAnalyze.unitNames.map { units.path($0) })
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.isEmpty, "systemd-analyze verify complained: \(verify.output)")
        let security = try SystemdAnalyze.run(
            ["security", "--offline=true", "--no-pager", units.path("piiscan-scan.service")])
        let exposure = security.output.split(separator: "\n").last { $0.contains("Overall exposure level") }
        let level = exposure.flatMap { line in Double(line.split(separator: ":").last!.split(separator: " ")[0]) }
        print("systemd-analyze security: \(exposure ?? "no exposure line")")
        #expect((level ?? 10) <= 2.0, "exposure \(String(describing: level)); \(security.output)")
    }

    @Test func kubernetesCronJobIsNonRootReadOnlyAndSerial() throws {
        let manifest = try KubernetesCronJob(path: SchedulerExample.kubernetesFile)
        #expect(manifest.documents.map { $0["kind"] as? String } == ["PersistentVolumeClaim", "CronJob"])
        let spec = try #require(manifest.cronJob["spec"] as? [String: Any])
        #expect(manifest.cronJob["apiVersion"] as? String == "batch/v1")
        #expect(spec["schedule"] as? String == "30 2 * * *")
        #expect(spec["concurrencyPolicy"] as? String == "Forbid")
        let pod = manifest.podSpec
        #expect(pod["restartPolicy"] as? String == "Never")
        #expect((pod["securityContext"] as? [String: Any])?["runAsNonRoot"] as? Bool == true)
        #expect(manifest.podContainers.map { $0["name"] as? String } == ["scan", "report", "diff"])
        for container in manifest.podContainers {
            let security = container["securityContext"] as? [String: Any]
            #expect(security?["readOnlyRootFilesystem"] as? Bool == true, "\(container["name"]!)")
            #expect(security?["allowPrivilegeEscalation"] as? Bool == false, "\(container["name"]!)")
        }
        let claim = manifest.documents[0]["metadata"].flatMap { ($0 as? [String: Any])?["name"] as? String }
        let volumes = pod["volumes"] as? [[String: Any]] ?? []
        let store = volumes.first { $0["name"] as? String == "store" }?["persistentVolumeClaim"] as? [String: Any]
        #expect(store?["claimName"] as? String == claim)
        let scanEnv = manifest.podContainers[0]["env"] as? [[String: Any]] ?? []
        let secretKeys = scanEnv.compactMap { variable -> String? in
            let reference = (variable["valueFrom"] as? [String: Any])?["secretKeyRef"] as? [String: Any]
            return reference.map { "\(variable["name"]!)=\($0["name"]!)/\($0["key"]!)" }
        }
        #expect(secretKeys == ["PIISCAN_DB_TARGET=piiscan-db/target", "PGPASSWORD=piiscan-db/password"])
        #expect(manifest.podContainers[0]["args"].map { "\($0)" }?.contains("$(PIISCAN_DB_TARGET)") == true)
    }

    /// Every option of every `piiscan` command line is one the command's `--help` lists.
    @Test(arguments: SchedulerExample.Kind.allCases)
    func everyOptionExists(_ kind: SchedulerExample.Kind) throws {
        let example = try SchedulerExample.load(kind)
        let cli = try SchedulerCLI()
        for invocation in example.invocations {
            let command = try #require(invocation.first)
            let help = try cli.help(command)
            for option in SchedulerCLI.options(in: invocation) {
                #expect(SchedulerCLI.options(inHelp: help).contains(option), "\(kind): piiscan \(command) \(option)")
            }
        }
    }

    /// The scan command line runs against a temp tree.
    @Test(arguments: SchedulerExample.Kind.allCases)
    func scanCommandRunsAgainstATempTree(_ kind: SchedulerExample.Kind) throws {
        let site = try SchedulerSite()
        let cli = try SchedulerCLI()
        let example = try SchedulerExample.load(kind)
        let scan = try #require(example.invocations.first { $0.first == "scan" })
        let result = try cli.run(site.map(scan), environment: site.environment(example))
        #expect(result.status == 0, "\(kind): \(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(try TempTree.read(site.tree.path("state/scan.json"))))
        let findings = (report as? [String: Any])?["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { $0["path"] as? String == "customers.csv" }, "\(findings)")
        #expect(findings.contains { $0["source"] as? String == "sqlite" }, "\(findings)")
    }

    /// The whole nightly pattern, three nights in a row: quiet when nothing changed, an alert (`diff` exit 1, which
    /// fails the unit or Job; for cron, output that cron mails) when a new file with personal data appears.
    @Test(arguments: SchedulerExample.Kind.allCases)
    func nightlyPipelineAlertsOnlyOnChange(_ kind: SchedulerExample.Kind) throws {
        let site = try SchedulerSite()
        let example = try SchedulerExample.load(kind)
        // The first night has no earlier run to compare with: `diff` exits 2 then, and only then.
        let first = try site.night(example)
        if kind != .cron { #expect(first.map(\.status) == [0, 0, 2], "\(first)") }
        let second = try site.night(example)
        try site.tree.create("exports/new-signups.txt", .text("Welcome aboard: ella.new@fabrikam.io\n"))
        let third = try site.night(example)
        if kind == .cron {
            #expect(second.map(\.status) == [0] && second[0].stdout.isEmpty, "a quiet night mails: \(second)")
            #expect(third.map(\.status) == [0] && !third[0].stdout.isEmpty, "the change is not mailed: \(third)")
        } else {
            #expect(second.map(\.status) == [0, 0, 0], "\(second)")
            #expect(third.map(\.status) == [0, 0, 1], "\(third)")
        }
        let html = String(decoding: try TempTree.read(site.tree.path("state/report.html")), as: UTF8.self)
        #expect(html.components(separatedBy: "<circle class=\"point findings").count - 1 == 3, "one point per run")
        #expect(!html.contains("ella.new@fabrikam.io"))
    }
}
