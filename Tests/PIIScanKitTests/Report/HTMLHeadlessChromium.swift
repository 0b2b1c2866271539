import Foundation
import PIIScanTestSupport

/// Debian's Chromium run headless on a local file, with a private profile and a hard timeout, so a browser test
/// can neither touch the user's profile nor hang. Chromium logs console messages (among them any resource the
/// page's Content-Security-Policy blocked) on stderr.
struct HTMLHeadlessChromium {
    /// What one Chromium run left.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    /// `CHROMIUM` if set, else the first of the usual names on `PATH`; nil when none is installed.
    static let executable: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["CHROMIUM"], !explicit.isEmpty { return explicit }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories where access(directory + "/" + name, X_OK) == 0 {
                return directory + "/" + name
            }
        }
        return nil
    }()

    /// `python3`, which decodes screenshots (zlib is in its standard library).
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { access($0, X_OK) == 0 }

    let profile: TempTree

    init() throws {
        profile = try TempTree(["profile": .directory], prefix: "piiscan-chromium")
    }

    /// The page's DOM after loading, as Chromium serialises it.
    func dumpDOM(_ file: String, timeout: Double = 60) throws -> Run {
        try run(["--dump-dom", URL(fileURLWithPath: file).absoluteString], timeout: timeout)
    }

    /// A PNG of the page in a window of `width` × `height` CSS pixels.
    func screenshot(_ file: String, to png: String, width: Int, height: Int, timeout: Double = 60) throws -> Run {
        try run(
            [
                "--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars",
                URL(fileURLWithPath: file).absoluteString,
            ],
            timeout: timeout)
    }

    /// Runs Chromium in its own session (`setsid`), so a timeout kills the whole process group.
    private func run(_ arguments: [String], timeout: Double) throws -> Run {
        let base = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync", "--mute-audio",
            "--enable-logging=stderr", "--v=0", "--user-data-dir=\(profile.path("profile"))",
        ]
        let outcome = try ChildProcess.run(Self.executable!, base + arguments, timeout: timeout, ownSession: true)
        return Run(status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr, timedOut: outcome.timedOut)
    }
}

/// Reads a PNG (8-bit RGB or RGBA, as Chromium writes them) with `python3`'s zlib: its size, and how many pixels
/// are close to each of the given colours.
enum HTMLScreenshotPixels {
    struct Result: Decodable {
        var width: Int
        var height: Int
        /// Per requested colour, in order.
        var counts: [Int]
        /// Pixels that are not near-white.
        var inked: Int
    }

    static func read(_ png: String, colors: [(Int, Int, Int)], tolerance: Int = 40) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: HTMLHeadlessChromium.python!)
        let colorList = colors.map { "\($0.0),\($0.1),\($0.2)" }.joined(separator: ";")
        process.arguments = ["-c", script, png, colorList, "\(tolerance)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode(Result.self, from: data)
    }

    private static let script = """
        import json, struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        colors = [tuple(int(v) for v in c.split(',')) for c in sys.argv[2].split(';') if c]
        tolerance = int(sys.argv[3])
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            pos += 12 + length
            if kind == b'IHDR':
                width, height, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
            elif kind == b'IDAT':
                idat += body
        assert depth == 8 and interlace == 0 and ctype in (2, 6)
        bpp = 3 if ctype == 2 else 4
        raw, stride = zlib.decompress(idat), width * bpp
        prev, i = bytearray(stride), 0
        counts, inked = [0] * len(colors), 0
        for _ in range(height):
            kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
            i += 1 + stride
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = prev[x]
                c = prev[x - bpp] if x >= bpp else 0
                if kind == 1: line[x] = (line[x] + a) & 255
                elif kind == 2: line[x] = (line[x] + b) & 255
                elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
                elif kind == 4:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            for x in range(0, stride, bpp):
                r, g, b = line[x], line[x + 1], line[x + 2]
                if r < 235 or g < 235 or b < 235:
                    inked += 1
                for n, (cr, cg, cb) in enumerate(colors):
                    if abs(r - cr) <= tolerance and abs(g - cg) <= tolerance and abs(b - cb) <= tolerance:
                        counts[n] += 1
            prev = line
        print(json.dumps({'width': width, 'height': height, 'counts': counts, 'inked': inked}))
        """
}
