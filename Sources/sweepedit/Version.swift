/// sweepedit's version: the one place the number is written. scripts/package names the
/// tarball after what `sweepedit --version` prints.
enum Version {
    static let number = "0.1.0"

    /// "0.1.0 (commit 1a2b3c4d5e6f)": the commit comes from the StampCommit build plugin.
    static var description: String {
        "\(number) (\(BuildCommit.id.map { "commit \($0)" } ?? "unknown commit"))"
    }
}
