import Testing

@testable import PIIScanKit

@Suite("SQL statement splitter")
struct SQLStatementSplitterTests {
    /// The statements of `sql`, each as written from its first keyword to its last token.
    private func split(_ sql: String) -> [String] {
        SQLStatementSplitter.split(Array(sql.utf8)).map(\.text)
    }

    @Test("splits at semicolons and keeps a last statement without one")
    func plainStatements() {
        #expect(
            split("CREATE TABLE a (x int);\nCREATE TABLE b (y int)") == [
                "CREATE TABLE a (x int)", "CREATE TABLE b (y int)",
            ])
        #expect(split(";;  ;\n") == [])
    }

    @Test("a semicolon in a string, with '' escapes, does not split")
    func singleQuotes() {
        #expect(
            split("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT 1;") == [
                "INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 1",
            ])
        #expect(split("SELECT E'a\\';b'; SELECT 2") == ["SELECT E'a\\';b'", "SELECT 2"])
    }

    @Test("a semicolon in a quoted identifier does not split")
    func quotedIdentifiers() {
        #expect(
            split("CREATE TABLE \"a;b\" (\"c\"\";d\" int); SELECT 1") == [
                "CREATE TABLE \"a;b\" (\"c\"\";d\" int)", "SELECT 1",
            ])
        #expect(split("CREATE TABLE `x;y` (z int);SELECT 1").count == 2)
    }

    @Test("comments hide semicolons and do not make statements of their own")
    func comments() {
        let sql = """
            -- header; not a statement
            CREATE TABLE a ( -- x; y
              id int /* a; b /* nested; */ still comment; */
            );
            /* trailing; */
            """
        let statements = SQLStatementSplitter.split(Array(sql.utf8))
        #expect(statements.count == 1)
        #expect(statements[0].text.hasPrefix("CREATE TABLE a"))
        #expect(statements[0].text.hasSuffix(")"))
    }

    @Test("dollar quotes, empty and tagged, hide semicolons and other quotes")
    func dollarQuotes() {
        let sql = """
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.a := 'x;'; RETURN NEW; END; $$;
            CREATE FUNCTION g() RETURNS text AS $body$ SELECT '$$;'; $body$ LANGUAGE sql;
            SELECT $1, a$b FROM t;
            """
        let statements = split(sql)
        #expect(statements.count == 3)
        #expect(statements[0].hasSuffix("END; $$"))
        #expect(statements[1].hasSuffix("LANGUAGE sql"))
        #expect(statements[2] == "SELECT $1, a$b FROM t")
    }

    @Test("SQLite trigger bodies keep their inner statements, CASE … END included")
    func triggers() {
        let sql = """
            CREATE TRIGGER t AFTER INSERT ON a BEGIN
              UPDATE a SET x = CASE WHEN NEW.y > 0 THEN 1 ELSE 2 END;
              INSERT INTO log VALUES ('end;');
            END;
            CREATE TEMP TRIGGER u BEFORE DELETE ON a BEGIN SELECT 1; END;
            CREATE TABLE after_triggers (id int);
            """
        let statements = split(sql)
        #expect(statements.count == 3)
        #expect(statements[0].hasSuffix("END"))
        #expect(statements[0].contains("INSERT INTO log"))
        #expect(statements[1].hasPrefix("CREATE TEMP TRIGGER u"))
        #expect(statements[2] == "CREATE TABLE after_triggers (id int)")
    }

    @Test("PostgreSQL BEGIN ATOMIC bodies, and transaction BEGIN; which is a statement")
    func beginAtomic() {
        let sql = """
            BEGIN;
            CREATE FUNCTION h(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + 1; SELECT a; END;
            CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
            COMMIT;
            """
        let statements = split(sql)
        #expect(
            statements == [
                "BEGIN", "CREATE FUNCTION h(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + 1; SELECT a; END",
                "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()", "COMMIT",
            ])
    }

    @Test("an unterminated string runs to the end of the file, as the database reads it")
    func unterminated() {
        #expect(split("SELECT 'abc; DROP TABLE x;") == ["SELECT 'abc; DROP TABLE x;"])
        #expect(split("SELECT 1; /* open; comment") == ["SELECT 1"])
    }

    @Test("statements start at their first keyword, after leading comments; offsets are the file's")
    func offsets() {
        let sql = "-- one\n\n  CREATE TABLE a (x int);\n-- two\nDROP TABLE a;"
        let bytes = Array(sql.utf8)
        let statements = SQLStatementSplitter.split(bytes)
        let lines = LineIndex(bytes)
        #expect(statements.map { lines.line(of: $0.start) } == [3, 5])
        #expect(lines.column(of: statements[0].start) == 3)
    }

    @Test("CONCURRENTLY is dropped from the text sent to a scratch database")
    func withoutConcurrently() throws {
        let statement = try #require(
            SQLStatementSplitter.split(Array("CREATE INDEX CONCURRENTLY i ON t (\"concurrently\");".utf8)).first)
        #expect(statement.textWithoutConcurrently == "CREATE INDEX  i ON t (\"concurrently\")")
    }

    @Test("quotes inside other quotes and comments stay inert")
    func quotesInsideQuotes() {
        let sql = """
            SELECT '$$; -- not a comment' AS a; -- it's a comment with a quote;
            SELECT "col -- x" FROM t /* it's; "fine" */;
            SELECT $a$ $b$; $b$ ; $a$;
            SELECT 'a' -- ';
            ;
            """
        #expect(
            split(sql) == [
                "SELECT '$$; -- not a comment' AS a", "SELECT \"col -- x\" FROM t /* it's; \"fine\" */",
                "SELECT $a$ $b$; $b$ ; $a$", "SELECT 'a' -- ';",
            ])
    }
}
