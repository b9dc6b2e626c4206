import SearchSpace

/// A path's file name without its folder, as the header and the safety overlays show it.
func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

enum HeaderView {
    static func draw(_ s: EditorState, _ r: Rect, into screen: inout Screen) {
        let doc = s.document
        let name = (doc.path.map(fileName) ?? "new search space") + (doc.pipelineStep.map { " jobs.\($0)" } ?? "")
        let file = name + (r.width >= 100 ? " (\(doc.form.label))" : "") + (s.isDirty ? " [modified]" : "")
        let sub = doc.space.subspaces.isEmpty ? "no subspace" : "subspace \(s.subspace + 1)/\(doc.space.subspaces.count)"
        var job = " · \(doc.space.job.task.rawValue) · \(doc.space.job.samplingAlgorithm.rawValue)"
        let summary = s.currentSubspace.summary
        var text = " \(file) · \(sub)"
        // the summary shrinks first, then the job settings give way to it
        if r.width - text.columns - job.columns - 2 < min(16, summary.columns) { job = "" }
        let room = r.width - text.columns - job.columns - 2
        if room >= 6, !doc.space.subspaces.isEmpty { text += ": " + summary.fitted(to: room) }
        text += job
        screen.draw([Span(text.fitted(to: r.width), "header")], row: r.row, column: r.column, limit: r.width, fill: "header")
        // the modified mark in its own colour
        if s.isDirty, let at = screen.lines[r.row].range(of: " [modified]") {
            let column = String(screen.lines[r.row][..<at.lowerBound]).columns + 1
            screen.paint(row: r.row, from: column, to: column + 10, style: "header.modified")
        }
    }
}
