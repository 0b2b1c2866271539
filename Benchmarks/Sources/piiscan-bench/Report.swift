import Foundation

/// Number formatting shared by the benchmark modes.
enum Report {
    /// Writes one line to stdout unbuffered, so progress shows at once when the output goes to a file or pipe.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// `123.4 MB/s` (decimal megabytes, as ripgrep and the design notes quote).
    static func rate(_ bytes: Int, _ seconds: Double) -> String {
        String(format: "%.1f MB/s", megabytesPerSecond(bytes, seconds))
    }

    static func megabytesPerSecond(_ bytes: Int, _ seconds: Double) -> Double {
        Double(bytes) / 1_000_000 / seconds
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
