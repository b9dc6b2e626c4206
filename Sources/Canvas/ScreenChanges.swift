/// A stretch of one row that changed between two frames: what the terminal layer copies out.
/// It names cells of the new screen rather than holding copies of them, so a frame's diff
/// allocates one small array however long the runs are.
public struct ScreenRun: Hashable, Sendable {
    public var row: Int
    public var column: Int
    /// Cells in the run, continuation cells of a wide character included.
    public var count: Int
    public init(row: Int, column: Int, count: Int) {
        self.row = row
        self.column = column
        self.count = count
    }
}

extension Screen {
    /// The runs of cells that differ from `previous` (ratatui's buffer diff), within `clip`
    /// (default: the whole screen). Every cell is a change when there is no previous frame or
    /// it has another size (after a resize the old frame means nothing). A changed wide
    /// character takes its continuation cells into its run, so the copy can always tell
    /// whether the character has room for its second column.
    public func changes(from previous: Screen?, clip: Size? = nil) -> [ScreenRun] {
        let rows = min(size.height, clip?.height ?? size.height)
        let columns = min(size.width, clip?.width ?? size.width)
        guard rows > 0, columns > 0 else { return [] }
        let old = previous.flatMap { $0.size == size ? $0.cells : nil }
        var runs: [ScreenRun] = []
        cells.withUnsafeBufferPointer { new in
            for row in 0..<rows {
                let base = row * size.width
                var column = 0
                while column < columns {
                    if let old, old[base + column] == new[base + column] {
                        column += 1
                        continue
                    }
                    let start = column
                    column += 1
                    while column < columns,
                          old.map({ $0[base + column] != new[base + column] }) ?? true
                            || new[base + column].character == Character.continuation {
                        column += 1
                    }
                    runs.append(ScreenRun(row: row, column: start, count: column - start))
                }
            }
        }
        return runs
    }
}
