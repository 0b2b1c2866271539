import Foundation
import Testing

@testable import PIIScanKit

@Suite("FingerprintKey")
struct FingerprintKeyTests {
    @Test("the installation key path follows PIISCAN_HOME, then XDG_DATA_HOME, then HOME")
    func installationPath() throws {
        #expect(
            try FingerprintKey.installationKeyPath(environment: [
                "PIISCAN_HOME": "/p", "XDG_DATA_HOME": "/x", "HOME": "/h",
            ])
                == "/p/fingerprint.key")
        #expect(
            try FingerprintKey.installationKeyPath(environment: ["XDG_DATA_HOME": "/x/", "HOME": "/h"])
                == "/x/piiscan/fingerprint.key")
        #expect(
            try FingerprintKey.installationKeyPath(environment: [
                "PIISCAN_HOME": "", "XDG_DATA_HOME": "rel", "HOME": "/h",
            ])
                == "/h/.local/share/piiscan/fingerprint.key")
    }

    @Test("a new key is created with mode 0600 in new 0700 directories, and read back unchanged")
    func createThenLoad() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("a/b/fingerprint.key")
        let created = try FingerprintKey.loadOrCreate(atPath: path)
        #expect(created.bytes.count == 32)
        #expect(ScratchDirectory.mode(path) == 0o600)
        #expect(ScratchDirectory.mode(scratch.file("a")) == 0o700)
        #expect(ScratchDirectory.mode(scratch.file("a/b")) == 0o700)
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == created.bytes)
        #expect(try FingerprintKey.loadOrCreate(atPath: path) == created)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.file("a/b"))
        #expect(leftovers == ["fingerprint.key"])
    }

    @Test("a group- or world-accessible key is refused, naming the path and not the key")
    func insecurePermissions() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("fingerprint.key")
        let key = try FingerprintKey.loadOrCreate(atPath: path)
        for mode: mode_t in [0o640, 0o604, 0o620] {
            #expect(chmod(path, mode) == 0)
            let error = #expect(throws: FingerprintKeyError.self) { try FingerprintKey.loadOrCreate(atPath: path) }
            #expect(error?.code == .insecurePermissions)
            #expect(error?.path == path)
            #expect(error?.description.hasPrefix(path + ": ") == true)
            #expect(error?.description.contains(Fingerprinter.hexForTests(key.bytes)) == false)
        }
        #expect(chmod(path, 0o600) == 0)
        #expect(try FingerprintKey.loadOrCreate(atPath: path) == key)
    }

    @Test("an installation key of the wrong size is refused, not replaced", arguments: [0, 31, 33, 64])
    func wrongSize(size: Int) throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("fingerprint.key")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 7, count: size)))
        #expect(chmod(path, 0o600) == 0)
        let error = #expect(throws: FingerprintKeyError.self) { try FingerprintKey.loadOrCreate(atPath: path) }
        #expect(error?.code == .wrongSize)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == size)
    }

    @Test("a directory in place of the key is refused")
    func notRegularFile() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("fingerprint.key")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let error = #expect(throws: FingerprintKeyError.self) { try FingerprintKey.loadOrCreate(atPath: path) }
        #expect(error?.code == .notRegularFile)
    }

    @Test("processes racing to create the key all end up with the same key")
    func race() async throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("race/fingerprint.key")
        let keys = try await withThrowingTaskGroup(of: FingerprintKey.self) { group in
            for _ in 0..<16 {
                group.addTask { try FingerprintKey.loadOrCreate(atPath: path) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(keys.count == 16)
        #expect(Set(keys.map(\.bytes)).count == 1)
        #expect(try FingerprintKey.loadOrCreate(atPath: path) == keys[0])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("race")) == ["fingerprint.key"])
    }

    @Test("the race is also won once when the key file appears between the check and the link")
    func lostRace() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("fingerprint.key")
        let winner = try FingerprintKey.loadOrCreate(atPath: path)
        #expect(try KeyFile.createKey(path: path, key: .random()) == nil)
        #expect(try FingerprintKey.loadOrCreate(atPath: path) == winner)
    }

    @Test("a user key file may hold raw bytes or a hex line")
    func userKeyFile() throws {
        let scratch = try ScratchDirectory()
        let raw = (0..<40).map { UInt8($0) }
        let rawPath = scratch.file("raw.key")
        #expect(FileManager.default.createFile(atPath: rawPath, contents: Data(raw)))
        #expect(try FingerprintKey.load(fromFile: rawPath).bytes == raw)

        let hexBytes = (0..<32).map { UInt8(255 - $0) }
        let hexPath = scratch.file("hex.key")
        let hexLine = "  " + Fingerprinter.hexForTests(hexBytes).uppercased() + "\n"
        #expect(FileManager.default.createFile(atPath: hexPath, contents: Data(hexLine.utf8)))
        #expect(try FingerprintKey.load(fromFile: hexPath).bytes == hexBytes)
    }

    @Test("a key given as hex digits")
    func hexKey() throws {
        let key = try FingerprintKey.load(fromHex: String(repeating: "aB", count: 32) + "\n")
        #expect(key.bytes == Array(repeating: 0xAB, count: 32))
        for bad in [
            String(repeating: "ab", count: 31), String(repeating: "ab", count: 32) + "a",
            String(repeating: "zz", count: 32),
        ] {
            let error = #expect(throws: FingerprintKeyError.self) { try FingerprintKey.load(fromHex: bad) }
            #expect(error?.code == .wrongSize)
            #expect(error?.description.contains(bad) == false)
        }
    }

    @Test("a short or missing user key file is refused with its path")
    func userKeyFileErrors() throws {
        let scratch = try ScratchDirectory()
        let shortPath = scratch.file("short.key")
        #expect(FileManager.default.createFile(atPath: shortPath, contents: Data("abcdef0123\n".utf8)))
        let short = #expect(throws: FingerprintKeyError.self) { try FingerprintKey.load(fromFile: shortPath) }
        #expect(short?.code == .wrongSize)
        #expect(short?.description.contains("abcdef0123") == false)
        #expect(short?.description.hasPrefix(shortPath) == true)

        // 63 hex digits are long enough to pass as 32 raw bytes, but were meant as hex: refused.
        let oddPath = scratch.file("odd.key")
        let odd = String(repeating: "ab", count: 31) + "a\n"
        #expect(FileManager.default.createFile(atPath: oddPath, contents: Data(odd.utf8)))
        let oddError = #expect(throws: FingerprintKeyError.self) { try FingerprintKey.load(fromFile: oddPath) }
        #expect(oddError?.code == .wrongSize)
        #expect(oddError?.description.contains("abab") == false)

        let missingPath = scratch.file("missing.key")
        let missing = #expect(throws: FingerprintKeyError.self) { try FingerprintKey.load(fromFile: missingPath) }
        #expect(missing?.code == .ioError)
        #expect(
            missing?.description == "\(missingPath): cannot open the fingerprint key file: No such file or directory")

        let hugePath = scratch.file("huge.key")
        #expect(FileManager.default.createFile(atPath: hugePath, contents: Data(count: 5000)))
        let huge = #expect(throws: FingerprintKeyError.self) { try FingerprintKey.load(fromFile: hugePath) }
        #expect(huge?.code == .wrongSize)
    }
}

extension Fingerprinter {
    /// Lower-case hex of arbitrary bytes, for building expected values in tests.
    static func hexForTests(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
