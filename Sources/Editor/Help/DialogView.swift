/// The small boxes: quit and delete questions, the export format, a path prompt, a message.
enum DialogView {
    static func draw(_ s: EditorState, size: Size, into screen: inout Screen) -> Position? {
        var lines: [Span] = []
        var field: TextBuffer?
        switch s.overlay {
        case .confirmQuit?:
            lines = [Span("Quit with unsaved changes?", "dialog.title"), Span(""),
                     Span("s  save, then quit"), Span("y  quit without saving"), Span("c  show the changes"),
                     Span("Esc  go back to editing")]
        case .confirmDelete?:
            let sub = s.currentSubspace
            lines = [Span("Delete subspace \(s.subspace + 1) of \(s.document.space.subspaces.count)?", "dialog.title"),
                     Span("(\(sub.summary))"), Span(""), Span("y  delete it (u undoes)"), Span("Esc  keep it")]
        case .confirmWrite(let request, let question)?:
            // the question names the file; the whole path follows, its end kept when cut
            let room = size.width - 6
            let path = request.path.columns <= room ? request.path : "…" + String(request.path.suffix(max(1, room - 1)))
            // the whole path only when the name alone does not say where the file is
            let whole = request.path == fileName(request.path) ? [] : [Span(path)]
            lines = [Span(question.text(fileName(request.path)), "dialog.title")] + whole
                + [Span(""), Span("y  write it"), Span("Esc  do not write it (n)")]
        case .chooseExport?:
            lines = [Span("Export the space as:", "dialog.title"), Span("")]
            for binding in Keymap.bindings(in: .chooseExport) where binding.command != .cancel {
                lines.append(Span(binding.keyLabel.padded(to: 5) + " " + binding.help))
            }
            lines += [Span("Esc  cancel")]
        case .prompt(let purpose, let buffer)?:
            let title: String
            switch purpose {
            case .saveAs, .saveAsThenQuit: title = "Save as (\(s.document.form.label)):"
            case .export(let format): title = "Export \(format.rawValue) to:"
            }
            lines = [Span(title, "dialog.title"), Span(""), Span("")]
            field = buffer
            lines += [Span(""), Span("Enter writes the file · Esc cancels")]
        case .message(let text)?:
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Span(String($0)) }
        default:
            return nil
        }
        let width = min(size.width - 2, max(44, (lines.map(\.text.columns).max() ?? 0) + 4))
        let box = screen.drawBox(lines, width: width, maxHeight: size.height - 2)
        guard let field else { return nil }
        // the path being typed, on the box's third line
        let row = box.top + 3, left = box.left
        let room = width - 4
        // the end of a long path stays in view
        let visible = field.cursorColumns >= room ? String(field.text.suffix(room - 1)) : field.text
        for col in 0..<room { screen[row, left + 2 + col] = Cell(" ", style: "field.editing") }
        screen.write(visible, row: row, column: left + 2, style: field.isSelected ? "field.selected" : "field.editing", limit: room)
        return Position(row: row, column: left + 2 + min(room - 1, field.cursorColumns >= room ? visible.columns : field.cursorColumns))
    }
}

extension Screen {
    /// A framed box of `lines` (`+`, `-`, `|` in the "dialog" style), centred, `width` columns
    /// wide and at most `maxHeight` rows high: the dialogs and the safety overlays. Returns
    /// where its top-left corner went.
    @discardableResult
    mutating func drawBox(_ lines: [Span], width: Int, maxHeight: Int) -> (top: Int, left: Int) {
        let height = min(maxHeight, lines.count + 2)
        let top = max(0, (size.height - height) / 2)
        let left = max(0, (size.width - width) / 2)
        for row in top..<(top + height) {
            for col in left..<min(size.width, left + width) {
                let edge = row == top || row == top + height - 1
                let side = col == left || col == left + width - 1
                self[row, col] = Cell(edge ? (side ? "+" : "-") : (side ? "|" : " "), style: "dialog")
            }
        }
        for (i, line) in lines.enumerated() where i < height - 2 {
            write(line.text.fitted(to: width - 4), row: top + 1 + i, column: left + 2,
                  style: line.style == "text" ? "dialog" : line.style, limit: width - 4)
        }
        return (top, left)
    }

}
