/// How a set of migration files is named, which decides the order a framework applies them in.
public enum MigrationLayout: String, Sendable, Hashable, CaseIterable {
    /// `V<version>__desc.sql` by version (dotted or underscored parts compared as numbers), then repeatable
    /// `R__desc.sql` by description; undo `U…` files are not applied.
    case flyway
    /// `<n>_name.up.sql` by version; `.down.sql` files are not applied.
    case golangMigrate = "golang-migrate"
    /// `migrations/<timestamp>_name/migration.sql` by directory name.
    case prisma
    /// `001_x.sql`, `20240101120000_x.sql`: by the leading number, then by name.
    case numbered
    /// Anything else: by path, byte order.
    case plain

    /// How the layout is named to users.
    public var displayName: String {
        switch self {
        case .flyway: "Flyway (V<version>__*.sql, R__*.sql)"
        case .golangMigrate: "golang-migrate (<n>_*.up.sql)"
        case .prisma: "Prisma (<timestamp>_*/migration.sql)"
        case .numbered: "numbered or timestamped files"
        case .plain: "plain directory, sorted by name"
        }
    }
}
