CREATE TABLE t (a int, "B" text);
COPY t (a, "B") FROM stdin;
1	x
\N	y
\.
INSERT INTO t VALUES (1,'a''b'),(2,E'c\'d');
-- c;
/* d; */ CREATE FUNCTION f() AS $x$ ; $x$;
