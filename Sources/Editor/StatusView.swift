import SearchSpace

enum StatusView {
    /// The status line: a message (or the filter being typed) on the left, counts on the right.
    static func draw(_ s: EditorState, _ r: Rect, into screen: inout Screen) -> Position? {
        let errors = s.findings.errors + (s.editSession?.problems.count ?? 0)
        let warnings = s.findings.warnings
        var right: [Span] = []
        if errors + warnings == 0 {
            right.append(Span("no problems", "status"))  // notes are advice, found with n
        } else {
            if errors > 0 { right.append(Span("\(errors) error\(errors == 1 ? "" : "s")", "status.error")) }
            if warnings > 0 { right.append(Span((errors > 0 ? " " : "") + "\(warnings) warning\(warnings == 1 ? "" : "s")", "status.warning")) }
        }
        right.append(Span(" · " + gridSummary(s.shownSpace) + " ", "status"))
        let rightWidth = right.reduce(0) { $0 + $1.text.columns }
        var cursor: Position?
        var left: [Span] = []
        if case .filter(let buffer)? = s.overlay {
            left = [Span(" filter: ", "status"), Span(buffer.text, "field.editing")]
            cursor = Position(row: r.row, column: min(r.width - 1, 9 + buffer.cursorColumns))
        } else if let message = s.status {
            left = [Span(" " + message.text, message.tone == .error ? "status.error" : "status")]
        } else if !s.filter.isEmpty {
            left = [Span(" filter: \(s.filter) (Esc clears)", "status")]
        }
        screen.paint(row: r.row, from: 0, to: r.width, style: "status")
        let leftWidth = left.reduce(0) { $0 + $1.text.columns }
        // a message comes first: the counts give way when both do not fit
        let showRight = leftWidth + rightWidth + 1 <= r.width
        screen.draw(left, row: r.row, column: r.column, limit: showRight ? r.width - rightWidth - 1 : r.width)
        if showRight {
            screen.draw(right, row: r.row, column: max(0, r.width - rightWidth), limit: rightWidth)
        }
        return cursor
    }

    /// "grid: 12 points" (or "grid: more than 2^63 points") when every swept parameter is a
    /// choice, else "continuous": what SearchSpace's Grid counts, never counted here.
    static func gridSummary(_ space: SearchSpace) -> String {
        guard let size = try? Grid.size(of: space) else { return "continuous" }
        return "grid: \(size) point\(size == .exact(1) ? "" : "s")"
    }
}
