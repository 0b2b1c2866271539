CREATE TABLE "users" (id INT, `email` TEXT, note TEXT DEFAULT 'it''s; fine');
-- comment; with semicolon
/* block /* nested */ still; */ INSERT INTO t VALUES (E'a\'b;', $$x;y$$, $tag$ ; $tag$, 1.5e3);
