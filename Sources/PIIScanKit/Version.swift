/// piiscan's version, shown by `--version` and written into reports.
public enum PIIScanVersion {
    public static let current = "0.1.0"
}
