/// A place in a file, 1-based.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// The notebook cell the line and column count in (1-based over all cells), nil in any
    /// other file: a notebook's settings may sit in several cells, and "3:5" alone would not
    /// say which.
    public var cell: Int?
    public init(line: Int, column: Int, cell: Int? = nil) {
        self.line = line
        self.column = column
        self.cell = cell
    }
    public var description: String { "\(line):\(column)" }
}
