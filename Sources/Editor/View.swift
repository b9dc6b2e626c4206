import SearchSpace

/// What the terminal shows: the screen and where its cursor goes (nil: hidden).
public struct Frame: Hashable, Sendable {
    public var screen: Screen
    public var cursor: Position?
}

/// Draws the state at a size. Pure: tests read the result as lines.
public func view(_ s: EditorState, size: Size) -> Screen { render(s, size: size).screen }

public func render(_ s: EditorState, size: Size) -> Frame {
    var screen = Screen(size: size)
    let layout = Layout(size: size)
    guard !layout.tooSmall else {
        let lines = ["window too small", "(needs \(Layout.minimum.width)x\(Layout.minimum.height), now \(size.width)x\(size.height))"]
        for (i, line) in lines.enumerated() {
            let row = size.height / 2 - 1 + i
            screen.write(line.fitted(to: size.width), row: row, column: max(0, (size.width - line.columns) / 2))
        }
        return Frame(screen: screen, cursor: nil)
    }
    var cursor: Position?
    HeaderView.draw(s, layout.header, into: &screen)
    ListView.draw(s, layout, into: &screen)
    if let c = PreviewView.drawWithDetail(s, layout, into: &screen) { cursor = c }
    if let c = StatusView.draw(s, layout.status, into: &screen) { cursor = c }
    FooterView.draw(s, layout.footer, into: &screen)
    switch s.overlay {
    case .help(let scroll)?:
        HelpView.draw(scroll: scroll, size: size, training: s.document.space.trainingParameters, into: &screen)
        cursor = nil
    case .confirmQuit?, .confirmDelete?, .confirmWrite?, .chooseExport?, .prompt?, .message?:
        cursor = DialogView.draw(s, size: size, into: &screen)
    case .safety(let overlay)?:
        SafetyView.draw(s, overlay, size: size, into: &screen)
        cursor = nil
    case .trials(let position)?:
        TrialsView.draw(s, position, size: size, into: &screen)
        cursor = nil
    case .editing?, .filter?, nil:
        break
    }
    return Frame(screen: screen, cursor: cursor)
}

/// A path's file name without its folder, as the header and the safety overlays show it.
func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

enum HeaderView {
    static func draw(_ s: EditorState, _ r: Rect, into screen: inout Screen) {
        let doc = s.document
        let name = (doc.path.map(fileName) ?? "new search space") + (doc.pipelineStep.map { " jobs.\($0)" } ?? "")
        let file = name + (r.width >= 100 ? " (\(doc.form.label))" : "") + (s.isDirty ? " [modified]" : "")
        let sub = "subspace \(s.subspace + 1)/\(doc.space.subspaces.count)"
        var job = " · \(doc.space.job.task.rawValue) · \(doc.space.job.samplingAlgorithm.rawValue)"
        let summary = s.currentSubspace.summary
        var text = " \(file) · \(sub)"
        // the summary shrinks first, then the job settings give way to it
        if r.width - text.columns - job.columns - 2 < min(16, summary.columns) { job = "" }
        let room = r.width - text.columns - job.columns - 2
        if room >= 6 { text += ": " + summary.fitted(to: room) }
        text += job
        screen.draw([Span(text.fitted(to: r.width), "header")], row: r.row, column: r.column, limit: r.width, fill: "header")
        // the modified mark in its own colour
        if s.isDirty, let at = screen.lines[r.row].range(of: " [modified]") {
            let column = String(screen.lines[r.row][..<at.lowerBound]).columns + 1
            screen.paint(row: r.row, from: column, to: column + 10, style: "header.modified")
        }
    }
}

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

    /// "grid: 12 points" when every swept parameter is a choice, else "continuous".
    static func gridSummary(_ space: SearchSpace) -> String {
        var total = 0
        for sub in space.subspaces {
            var points = 1
            for (_, setting) in sub.entries {
                guard case .swept(let d) = setting else { continue }
                guard let values = d.choiceValues else { return "continuous" }
                points = points.multipliedReportingOverflow(by: values.count).partialValue
            }
            total += points
        }
        return "grid: \(total) point\(total == 1 ? "" : "s")"
    }
}
