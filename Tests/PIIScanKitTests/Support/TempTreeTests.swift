import Glibc
import PIIScanTestSupport
import Testing

@Suite("TempTree")
struct TempTreeTests {
    @Test func createsEntriesAndRemovesEverything() throws {
        let tree = try TempTree([
            "a/b.txt": "text", "c.bin": .bytes([0, 1, 2]), "d": .directory, "e": .symlink("a/b.txt"), "f": .fifo,
        ])
        #expect(try TempTree.read(tree.path("a/b.txt")) == Array("text".utf8))
        #expect(try TempTree.read(tree.path("c.bin")) == [0, 1, 2])
        #expect(try TempTree.read(tree.path("e")) == Array("text".utf8))
        var status = stat()
        #expect(lstat(tree.path("d"), &status) == 0 && status.st_mode & S_IFMT == S_IFDIR)
        #expect(lstat(tree.path("f"), &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        try tree.setMode("a", 0o000)
        tree.remove()
        #expect(lstat(tree.root, &status) == -1 && errno == ENOENT)
    }

    @Test func acceptsPlainTextDictionaries() throws {
        let files: [String: String] = ["x.txt": "1"]
        let tree = try TempTree(files)
        defer { tree.remove() }
        #expect(try TempTree.read(tree.path("x.txt")) == [UInt8(ascii: "1")])
    }
}
