import Foundation

@testable import PIIScanKit

/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`). SwiftPM gives an executable its own `main`,
/// so libFuzzer's `main` is not linked and this program hands control to the driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs the target named by `PIISCAN_FUZZ_TARGET` on one input. One binary serves every target (one build,
/// one link); `Scripts/fuzz` runs it once per target. (libFuzzer's own `main`, linked whole, needs the symbol.)
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTargets.selected.run(input)
    return 0
}

/// The fuzz targets by name.
enum FuzzTargets {
    static let all: [String: FuzzTarget] = [
        "csv-cells": TableFileTarget { DelimitedFile(delimiter: UInt8(ascii: ","), naming: .verbatim) },
        "sql-dump-cells": TableFileTarget { SQLDumpFile(naming: .verbatim) },
        "json-table-cells": TableFileTarget { JSONTableFile(lines: false, naming: .verbatim) },
        "ndjson-table-cells": TableFileTarget { JSONTableFile(lines: true, naming: .verbatim) },
        "json-fields": FieldTrackerTarget(fileName: "fuzz.json"),
        "ndjson-fields": FieldTrackerTarget(fileName: "fuzz.jsonl"),
        "sql-lexer": SQLLexerTarget(),
        "sql-splitter": SQLSplitterTarget(),
        "ropa-loader": RoPALoaderTarget(),
        "pattern-loader": PatternLoaderTarget(),
        "validators": ValidatorsTarget(),
        "decoding": DecodingTarget(),
    ]

    /// The target `PIISCAN_FUZZ_TARGET` names; an unknown or missing name stops the run with the list.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["PIISCAN_FUZZ_TARGET"] ?? ""
        guard let target = all[name] else {
            let names = all.keys.sorted().joined(separator: ", ")
            FileHandle.standardError.write(Data("PIISCAN_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
}

/// One fuzz target: must never crash, hang or trip a precondition on any input.
protocol FuzzTarget: Sendable {
    func run(_ input: [UInt8])
}
