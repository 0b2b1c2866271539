-- Data for the PostgreSQL benchmark of issue 3: 200 tables x 10 columns x 10,000 rows, plus one table of
-- 5,000,000 rows with the same columns, in schema `piiscan_bench` (dropped and rebuilt on every run).
-- A quarter of the small tables have opaque column names (c01..c10), so only their values reveal the PII.
-- Deterministic: the same rows every run. Needs a read-write role; then ANALYZE so reltuples is known.
--
--   Scripts/with-postgres bash -c 'psql -q -v ON_ERROR_STOP=1 -f Benchmarks/Scripts/make-pg-bench.sql && ...'
--   psql "postgres://user@host/db" -v ON_ERROR_STOP=1 -f Benchmarks/Scripts/make-pg-bench.sql

\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS piiscan_bench CASCADE;
CREATE SCHEMA piiscan_bench;

-- n deterministic rows: id, email, phone, name, birth date, IP address, status, amount, notes, created_at.
-- One row in 20 hides an email in its free-text notes.
CREATE FUNCTION piiscan_bench.rows(n bigint)
RETURNS TABLE (
    id bigint, email text, phone text, full_name text, birth_date date, ip_address inet, status text,
    amount numeric(12, 2), notes text, created_at timestamptz)
LANGUAGE sql IMMUTABLE AS $$
    SELECT g,
           'user' || g || '@example' || (g % 97) || '.com',
           '+44 20 ' || lpad(((g * 7919) % 100000000)::text, 8, '0'),
           (ARRAY['Anna', 'Bernd', 'Chloe', 'David', 'Emma', 'Farid', 'Greta', 'Hugo'])[1 + g % 8] || ' '
               || (ARRAY['Schmidt', 'Martin', 'Garcia', 'Rossi', 'Nowak', 'Smith', 'Dubois', 'Jensen'])[1 + (g / 8) % 8],
           date '1950-01-01' + (g % 20000)::int,
           ('10.' || ((g >> 16) & 255) || '.' || ((g >> 8) & 255) || '.' || (g & 255))::inet,
           (ARRAY['new', 'active', 'suspended', 'closed'])[1 + g % 4],
           ((g * 37) % 1000000) / 100.0,
           CASE WHEN g % 20 = 0 THEN 'customer asked to be contacted at contact' || g || '@mail.example.org'
                ELSE 'ticket ' || md5(g::text) END,
           timestamptz '2020-01-01 00:00:00+00' + make_interval(secs => g * 61)
      FROM generate_series(1, n) AS g
$$;

DO $$
DECLARE
    named text[] := ARRAY['id', 'email', 'phone', 'full_name', 'birth_date', 'ip_address', 'status', 'amount',
                          'notes', 'created_at'];
    opaque text[] := ARRAY['c01', 'c02', 'c03', 'c04', 'c05', 'c06', 'c07', 'c08', 'c09', 'c10'];
    shape text := 'CREATE TABLE piiscan_bench.%I (%I bigint, %I text, %I text, %I text, %I date, %I inet, '
                  '%I text, %I numeric(12, 2), %I text, %I timestamptz)';
    name text;
BEGIN
    FOR t IN 1..200 LOOP
        name := 'table_' || lpad(t::text, 3, '0');
        EXECUTE format(shape, VARIADIC array_prepend(name, CASE WHEN t % 4 = 0 THEN opaque ELSE named END));
        EXECUTE format('INSERT INTO piiscan_bench.%I SELECT * FROM piiscan_bench.rows(10000)', name);
    END LOOP;
    EXECUTE format(shape, VARIADIC array_prepend('big_customers', named));
END
$$;

INSERT INTO piiscan_bench.big_customers SELECT * FROM piiscan_bench.rows(5000000);
DROP FUNCTION piiscan_bench.rows(bigint);
ANALYZE;
SELECT count(*) AS tables, sum(reltuples)::bigint AS estimated_rows
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'piiscan_bench' AND c.relkind = 'r';
