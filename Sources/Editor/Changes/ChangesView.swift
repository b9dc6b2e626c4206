import SearchSpace

/// The `c` overlay: every change since the file was read or saved under its scope, as
/// `sweepedit diff` prints them, full screen as the help is; the selected one is highlighted.
enum ChangesView {
    static let title = "Changes since the file was opened or saved — Enter goes to it; Esc closes"

    /// A row of the list: a scope heading (no change), or a line of change `change`.
    struct Line: Equatable {
        var text: String
        var change: Int?
    }

    /// Scope headings, then per change its "name: before -> after" and, indented, its effect.
    static func lines(_ changes: [SweepChange]) -> [Line] {
        var out: [Line] = []
        var scope: String?
        for (i, change) in changes.enumerated() {
            guard change.before != nil, change.after != nil else {
                out.append(Line(text: " " + change.effect, change: i))
                scope = nil
                continue
            }
            if change.scope != scope {
                out.append(Line(text: " " + change.scope + ":", change: nil))
                scope = change.scope
            }
            out.append(Line(text: "   \(change.subject): \(change.before ?? "") -> \(change.after ?? "")", change: i))
            out.append(Line(text: "       " + change.effect, change: i))
        }
        return out
    }

    static func draw(_ s: EditorState, _ position: ChangesPosition, size: Size, into screen: inout Screen) {
        let changes = s.changesSinceSaved
        for row in 0..<(size.height - 1) {
            for col in 0..<size.width { screen[row, col] = Cell(" ", style: "help") }
        }
        screen.write(" " + title.fitted(to: size.width - 2), row: 0, column: 0, style: "help.title")
        guard !changes.isEmpty else {
            screen.write(" " + "No changes: the sweep means what the file says.".fitted(to: size.width - 2), row: 2, column: 0, style: "help")
            return
        }
        let all = lines(changes)
        let height = max(1, size.height - 3)  // the title, a blank, and the footer
        let lastSelected = all.lastIndex { $0.change == position.selection } ?? 0
        let start = max(0, lastSelected - height + 1)
        for (offset, line) in all[start..<min(all.count, start + height)].enumerated() {
            let selected = line.change == position.selection
            let first = start + offset == all.firstIndex { $0.change == position.selection }
            let text = (selected && first ? ">" : " ") + line.text
            screen.write(" " + TerminalText.escaped(text).fitted(to: size.width - 2), row: 2 + offset, column: 0,
                         style: selected ? "list.selected" : "help")
        }
        if all.count > height {
            let where_ = " \(position.selection + 1)/\(changes.count) "
            screen.write(where_, row: 0, column: max(0, size.width - where_.columns), style: "help.title")
        }
    }
}
