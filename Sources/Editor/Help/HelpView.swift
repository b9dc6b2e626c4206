/// The `?` overlay: every binding of every mode, built from the keymap.
enum HelpView {
    static func lines(width: Int) -> [Span] {
        var out: [Span] = [Span("sweepedit keys — Esc, ? or q closes; j/k scroll", "help.title"), Span("", "help")]
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

    static func lineCount(width: Int) -> Int { lines(width: width).count }

    static func draw(scroll: Int, size: Size, into screen: inout Screen) {
        let all = lines(width: size.width)
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

