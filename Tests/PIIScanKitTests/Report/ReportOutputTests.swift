import Foundation
import Testing

@testable import PIIScanKit

@Suite("Report outputs and registry")
struct ReportOutputTests {
    @Test("a new report file is private (0600) and holds what was written")
    func createsPrivateFile() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("report.json")
        let output = try FileOutput(path: path)
        try output.write("hello ")
        try output.write(String(repeating: "x", count: 100_000))
        try output.close()
        #expect(ScratchDirectory.mode(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello " + String(repeating: "x", count: 100_000))
        #expect(throws: ReportOutputError.self) { try output.write("late") }
    }

    @Test("an existing file is truncated and made private")
    func truncatesExisting() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("report.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 65, count: 500)))
        #expect(chmod(path, 0o644) == 0)
        let output = try FileOutput(path: path)
        try output.write("new\n")
        try output.flush()
        #expect(ScratchDirectory.mode(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    }

    @Test("a device is written without touching its mode")
    func deviceModeUntouched() throws {
        let before = ScratchDirectory.mode("/dev/null")
        let output = try FileOutput(path: "/dev/null")
        try output.write("discarded")
        try output.close()
        #expect(ScratchDirectory.mode("/dev/null") == before)
        #expect(before == 0o666)
    }

    @Test("what is still buffered is written when the output is released")
    func flushesOnRelease() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("report.jsonl")
        do {
            let output = try FileOutput(path: path)
            try output.write("{}\n")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}\n")
    }

    @Test("errors name the path and the reason")
    func errorsNamePath() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("missing/report.json")
        let error = #expect(throws: ReportOutputError.self) { try FileOutput(path: path) }
        #expect(error?.description == "\(path): cannot create the report file: No such file or directory")
    }

    @Test("the registry knows every format by identifier")
    func registry() {
        #expect(ReporterRegistry.all.map { $0.identifier } == ["text", "jsonl", "json", "sarif", "markdown"])
        #expect(ReporterRegistry.reporter(for: "sarif") == SARIFReporter.self)
        #expect(ReporterRegistry.reporter(for: "xml") == nil)
        #expect(ReporterRegistry.all.allSatisfy { !$0.summary.isEmpty })
    }
}
