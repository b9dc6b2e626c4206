/// Why a theme could not be had. `description` is the one line the user sees, naming the file
/// and, for a bad file, the line and column, as compilers do.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A line of a theme file that does not follow the format.
    case invalid(source: String, line: Int, column: Int, message: String)
    /// No theme of that name in any searched folder (`searched`, for diagnosing an install).
    case notFound(name: String, searched: [String])
    /// The file exists (or was named) but could not be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let source, let line, let column, let message):
            return "\(source):\(line):\(column): \(message)"
        case .notFound(let name, _):
            return "no theme named '\(name)' (`sweepedit themes` lists them)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read theme file: \(reason)"
        }
    }
}
