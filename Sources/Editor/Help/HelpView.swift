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
