import SearchSpace

// The list: moving the selection, the filter, the next problem.

/// Rows the list shows at the current size (the view's layout decides).
func listHeight(_ s: EditorState) -> Int { Layout(size: s.size).list.height }

func moveSelection(_ s: inout EditorState, by delta: Int) { moveSelection(&s, to: s.selection + delta) }

func moveSelection(_ s: inout EditorState, to index: Int) {
    s.selection = max(0, min(index, s.rows.count - 1))
    keepSelectionVisible(&s)
}

/// Scrolls the list so the selected row shows.
func keepSelectionVisible(_ s: inout EditorState) {
    let count = s.rows.count
    s.selection = max(0, min(s.selection, count - 1))
    let height = max(1, listHeight(s))
    if s.selection < s.scroll { s.scroll = s.selection }
    if s.selection >= s.scroll + height { s.scroll = s.selection - height + 1 }
    s.scroll = max(0, min(s.scroll, max(0, count - height)))
}

/// Selects a row by name when it is visible; keeps the selection otherwise.
func select(_ s: inout EditorState, _ row: Row) {
    if let i = s.rows.firstIndex(of: row) { moveSelection(&s, to: i) }
}

func setFilter(_ s: inout EditorState, _ text: String) {
    let keep = s.selectedRow
    s.filter = text
    s.selection = 0
    if let keep { select(&s, keep) }
    keepSelectionVisible(&s)
}

/// n: the next finding after the selected row, across subspaces, wrapping around. A finding
/// about the job or training_parameters shows in every subspace; n visits it in the one shown.
func jumpToNextProblem(_ s: inout EditorState) {
    let inSubspaces = s.diagnostics.compactMap { d -> (Int, Row)? in
        guard let row = Row.of(d, in: s.document.space) else { return nil }
        guard let i = d.scope.subspaceIndex else { return (s.subspace, row) }
        // a note about a subspace deleted since the file was read (an old form it held) has no row
        guard s.document.space.subspaces.indices.contains(i) else { return nil }
        return (i, row)
    }
    // A place is (subspace, row in that subspace's unfiltered list), ordered as read.
    var rowIndexes: [Int: [Row: Int]] = [:]
    func place(_ t: (Int, Row)) -> (Int, Int) {
        if rowIndexes[t.0] == nil {
            let sub = s.shownSpace.subspaces.indices.contains(t.0) ? s.shownSpace.subspaces[t.0] : Subspace()
            rowIndexes[t.0] = Dictionary(Row.rows(of: sub, filter: "").enumerated().map { ($1, $0) }) { first, _ in first }
        }
        return (t.0, rowIndexes[t.0]?[t.1] ?? Int.max)
    }
    let here = s.selectedRow.map { place((s.subspace, $0)) } ?? (s.subspace, -1)
    let sorted = inSubspaces.sorted { place($0) < place($1) }
    guard let next = sorted.first(where: { place($0) > here }) ?? sorted.first else {
        if let other = s.diagnostics.first {
            s.status = StatusMessage(scopeName(other.scope) + ": " + other.message, .error)
        }
        return
    }
    s.subspace = next.0
    if !s.rows.contains(next.1) { s.filter = "" }
    select(&s, next.1)
    if let d = s.diagnostics(for: next.1).first {
        let prefix = d.scope == .trainingParameters ? "training_parameters: " : ""
        s.status = StatusMessage(prefix + d.message, d.severity == .error ? .error : .info)
    }
}

func scopeName(_ scope: Scope) -> String {
    switch scope {
    case .subspace(let i): return "subspace \(i + 1)"
    case .trainingParameters: return "training_parameters"
    case .job: return "job"
    }
}
