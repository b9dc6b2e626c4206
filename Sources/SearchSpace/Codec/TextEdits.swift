/// Line-based edits of a text, applied bottom-up so that earlier line numbers stay valid.
/// Used to save a job YAML while keeping every byte the edit does not touch.
struct TextEdits {
    private(set) var lines: [String]
    let lineEnding: String
    let endsWithNewline: Bool
    private var edits: [(start: Int, end: Int, replacement: [String])] = []

    init(_ text: String) {
        // CRLF only when every line ends so: a stray "\r\n" in a LF file stays inside its line
        // (splitting such a file on CRLF would make line numbers disagree with the parser's).
        let newlines = text.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        let crlf = text.components(separatedBy: "\r\n").count - 1
        lineEnding = newlines > 0 && crlf == newlines ? "\r\n" : "\n"
        endsWithNewline = text.hasSuffix("\n")
        var parts = text.components(separatedBy: lineEnding)
        if endsWithNewline { parts.removeLast() }
        lines = parts
    }

    /// Replaces lines start..<end (0-based) by `replacement`.
    mutating func replace(lines start: Int, _ end: Int, with replacement: [String]) {
        edits.append((start, end, replacement))
    }

    /// Replaces, on one line (0-based), the characters from a 1-based column to the end of the
    /// plain token there (up to a comment or the line's end).
    mutating func replaceToken(line: Int, column: Int, with text: String) {
        guard line < lines.count else { return }
        let scalars = Array(lines[line].unicodeScalars)
        let start = min(max(column - 1, 0), scalars.count)
        var end = start
        while end < scalars.count {
            if scalars[end] == "#", end > start, scalars[end - 1] == " " { break }
            end += 1
        }
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\r" { end -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<start])
        out.append(contentsOf: text.unicodeScalars)
        out.append(contentsOf: scalars[end...])
        replace(lines: line, line + 1, with: [String(out)])
    }

    /// The text with every edit applied.
    func applied() -> String {
        var result = lines
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            // Clamped: an edit computed from a mark past the text must not crash a save.
            let start = min(max(edit.start, 0), result.count)
            let end = min(max(edit.end, start), result.count)
            result.replaceSubrange(start..<end, with: edit.replacement)
        }
        return result.joined(separator: lineEnding) + (endsWithNewline ? lineEnding : "")
    }

    /// The indentation (leading spaces) of a line.
    func indentation(of line: Int) -> Int {
        guard line < lines.count else { return 0 }
        return lines[line].prefix { $0 == " " }.count
    }

    /// Whether a line is blank or only a comment.
    func isBlankOrComment(_ line: Int) -> Bool {
        let t = lines[line].drop { $0 == " " || $0 == "\t" }
        return t.isEmpty || t.first == "#" || t == "\r"
    }
}
