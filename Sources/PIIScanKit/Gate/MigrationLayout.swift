/// How a set of migration files is named (and, for tools that keep up and down in one file, marked), which
/// decides the order a framework applies them in. Down migrations are never applied.
public enum MigrationLayout: String, Sendable, Hashable, CaseIterable {
    /// `V<version>__desc.sql` by version (dotted or underscored parts compared as numbers), then repeatable
    /// `R__desc.sql` by description; undo `U…` files are not applied.
    case flyway
    /// golang-migrate, sqlx and Authelia: `<n>_name.up.sql` by version; `.down.sql` files are not applied.
    case golangMigrate = "golang-migrate"
    /// Diesel and sqlx: `<version>_name/up.sql` by directory name; `down.sql` is not applied.
    case diesel
    /// `migrations/<timestamp>_name/migration.sql` by directory name.
    case prisma
    /// goose: numbered files whose `-- +goose Down` sections are not applied.
    case goose
    /// dbmate: timestamped files whose `-- migrate:down` sections are not applied.
    case dbmate
    /// Liquibase formatted SQL (`--changeset`), by name; `--rollback` lines are not applied.
    case liquibase
    /// One `structure.sql` (Rails) or `pg_dump --schema-only` file.
    case structureDump = "structure-dump"
    /// `001_x.sql`, `20240101120000_x.sql` (Supabase, sqlx, plain numbered): by the leading number, then by name.
    case numbered
    /// Anything else: by path, byte order.
    case plain

    /// How the layout is named to users.
    public var displayName: String {
        switch self {
        case .flyway: "Flyway (V<version>__*.sql, R__*.sql; U undo files not applied)"
        case .golangMigrate: "golang-migrate or sqlx (<n>_*.up.sql; .down.sql not applied)"
        case .diesel: "Diesel or sqlx (<version>_*/up.sql; down.sql not applied)"
        case .prisma: "Prisma (<timestamp>_*/migration.sql)"
        case .goose: "goose (-- +goose Up sections; Down sections not applied)"
        case .dbmate: "dbmate (-- migrate:up sections; migrate:down sections not applied)"
        case .liquibase: "Liquibase formatted SQL (--changeset; --rollback not applied)"
        case .structureDump: "schema dump (Rails structure.sql or pg_dump)"
        case .numbered: "numbered or timestamped files"
        case .plain: "plain directory, sorted by name"
        }
    }
}
