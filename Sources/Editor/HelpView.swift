import SearchSpace

/// The `?` overlay: the file's training_parameters, then every binding of every mode, built
/// from the keymap.
enum HelpView {
    static func lines(width: Int, training: Subspace = Subspace()) -> [Span] {
        var out: [Span] = [Span("sweepedit keys — Esc, ? or q closes; j/k scroll", "help.title"), Span("", "help")]
        out += trainingLines(training)
        for mode in Mode.allCases {
            out.append(Span(mode.title, "help.title"))
            for binding in Keymap.bindings(in: mode) {
                out.append(Span("  " + binding.keyLabel.padded(to: 18) + " " + binding.help, "help"))
            }
            if mode.takesText {
                out.append(Span("  " + "any character".padded(to: 18) + " " + "types into the text", "help"))
            }
            out.append(Span("", "help"))
        }
        return out
    }

    /// The file's training_parameters, first: the training settings Azure cannot sweep
    /// (checkpoint_frequency, ...) are in no row of the list, and the fixed hyperparameters show
    /// in the list only where a subspace leaves them unset.
    static func trainingLines(_ training: Subspace) -> [Span] {
        let fixed = training.entries.compactMap { entry in
            entry.setting.fixedValue.map { (entry.id.name, RestFormat.literal($0, for: Catalogue.spec(entry.id).kind), "") }
        }
        let trainingOnly = training.unknownKeys.compactMap { key -> (String, String, String)? in
            guard let spec = Catalogue.trainingOnly(named: key.name), let value = key.setting.fixedValue else { return nil }
            return (key.name, ValueFormat.plain(value) + "  (not sweepable)", spec.doc)
        }
        guard !fixed.isEmpty || !trainingOnly.isEmpty else { return [] }
        var out = [Span("This file's training_parameters (every trial; edit them in the file)", "help.title")]
        let width = (fixed + trainingOnly).map(\.0.count).max() ?? 0
        for (name, value, note) in fixed + trainingOnly {
            out.append(Span("  " + name.padded(to: width) + " " + value, "help"))
            // the doc on a line of its own: an 80-column screen would cut it after a long value
            if !note.isEmpty { out.append(Span("      " + note, "help")) }
        }
        return out + [Span("", "help")]
    }

    static func lineCount(width: Int, training: Subspace = Subspace()) -> Int { lines(width: width, training: training).count }

    static func draw(scroll: Int, size: Size, training: Subspace = Subspace(), into screen: inout Screen) {
        let all = lines(width: size.width, training: training)
        let height = size.height - 1  // the footer stays visible
        let start = max(0, min(scroll, all.count - height))
        for row in 0..<height {
            screen.draw([], row: row, column: 0, limit: size.width, fill: "help")
            guard all.indices.contains(start + row) else { continue }
            let line = all[start + row]
            for col in 0..<size.width { screen[row, col] = Cell(" ", style: "help") }
            screen.write(" " + line.text.fitted(to: size.width - 2), row: row, column: 0, style: line.style)
            if line.style == "help", line.text.hasPrefix("  ") {
                screen.paint(row: row, from: 3, to: min(size.width, 21), style: "help.key")  // the keys
            }
        }
        if all.count > height {
            let where_ = " \(start + 1)-\(min(all.count, start + height))/\(all.count) "
            screen.write(where_, row: 0, column: max(0, size.width - where_.columns), style: "help.title")
        }
    }
}

/// The small boxes: quit and delete questions, the export format, a path prompt, a message.
enum DialogView {
    static func draw(_ s: EditorState, size: Size, into screen: inout Screen) -> Position? {
        var lines: [Span] = []
        var field: TextBuffer?
        switch s.overlay {
        case .confirmQuit?:
            lines = [Span("Quit with unsaved changes?", "dialog.title"), Span(""),
                     Span("s  save, then quit"), Span("y  quit without saving"), Span("Esc  go back to editing")]
        case .confirmDelete?:
            let sub = s.currentSubspace
            lines = [Span("Delete subspace \(s.subspace + 1) of \(s.document.space.subspaces.count)?", "dialog.title"),
                     Span("(\(sub.summary))"), Span(""), Span("y  delete it (u undoes)"), Span("Esc  keep it")]
        case .confirmWrite(let request, let question)?:
            // the question names the file; the whole path follows, its end kept when cut
            let room = size.width - 6
            let path = request.path.columns <= room ? request.path : "…" + String(request.path.suffix(max(1, room - 1)))
            lines = [Span(question.text(fileName(request.path)), "dialog.title"), Span(path), Span(""),
                     Span("y  write it"), Span("Esc  do not write it (n)")]
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
