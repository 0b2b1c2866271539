import PIIScanTestSupport
import Testing

@testable import PIIScanKit

@Suite("SQLDumpFile")
struct SQLDumpFileTests {
    /// Each cell as `table.column=text` (column named, or `#n`), read chunk by chunk.
    static func cells(_ dump: String, chunkSize: Int = 4096) throws -> [String] {
        let tree = try TempTree(["dump.sql": .text(dump)])
        defer { tree.remove() }
        let bytes = Array(dump.utf8)
        let file = SQLDumpFile(naming: .verbatim)
        var found: [TableCell] = []
        _ = ChunkReader(chunkSize: chunkSize, overlap: 4, lookbehind: 2).read(tree.path("dump.sql")) { chunk in
            file.consume(chunk)
            found += file.cells
            return true
        }
        return found.map { cell in
            let name =
                file.field(ofColumn: cell.column, inTable: cell.table)
                ?? "\(file.table(cell.table).name ?? "?").#\(cell.column)"
            return "\(name)=\(String(decoding: bytes[cell.start..<cell.end], as: UTF8.self))"
        }
    }

    static let pgDump = """
        --
        -- PostgreSQL database dump; a ; in a comment
        --
        CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $_$
        BEGIN
            INSERT INTO audit VALUES ('not a row'); -- inside a function body
            RETURN NEW;
        END $_$;

        CREATE TABLE public."Customer" (
            id integer DEFAULT nextval('public.seq'::regclass) NOT NULL,
            "FirstName" text NOT NULL,
            surname text,
            CONSTRAINT customer_pkey PRIMARY KEY (id)
        );

        COPY public."Customer" (id, "FirstName", surname) FROM stdin;
        1\tMARY\tSMITH
        2\tPATRICIA\t\\N
        \\.

        INSERT INTO public."Customer" VALUES (3, 'Ann', 'O''Neil'), (4, E'Bo\\'s', NULL);
        INSERT INTO orders (id, note, placed) VALUES (7, 'a, b; c', '2024-01-02'::date);

        """

    @Test(arguments: [7, 16, 64, 4096])
    func copyRowsAndInsertTuplesWhateverTheChunking(chunkSize: Int) throws {
        #expect(
            try Self.cells(Self.pgDump, chunkSize: chunkSize) == [
                "Customer.id=1", "Customer.FirstName=MARY", "Customer.surname=SMITH", "Customer.id=2",
                "Customer.FirstName=PATRICIA", "Customer.id=3", "Customer.FirstName=Ann",
                "Customer.surname=O''Neil", "Customer.id=4", "Customer.FirstName=Bo\\'s", "orders.id=7",
                "orders.note=a, b; c", "orders.placed=2024-01-02",
            ])
    }

    @Test func mysqldumpBackslashesAndBackquotes() throws {
        let dump = """
            /*!40101 SET NAMES utf8 */;
            CREATE TABLE `people` (`id` int, `surname` varchar(40), KEY `k` (`surname`));
            INSERT INTO `people` VALUES (1,'O\\'Brien'),(2,'Lindqvist');

            """
        #expect(
            try Self.cells(dump) == [
                "people.id=1", "people.surname=O\\'Brien", "people.id=2", "people.surname=Lindqvist",
            ])
    }

    @Test func anInsertIntoAnUndefinedTableKeepsPositions() throws {
        #expect(try Self.cells("INSERT INTO t VALUES (1, 'x');\n") == ["t.#0=1", "t.#1=x"])
    }

    @Test func onlySQLFilesAreDumps() {
        #expect(SQLDumpFile.isDump("backups/Nightly.SQL"))
        #expect(!SQLDumpFile.isDump("notes.sql.txt"))
    }
}
