/// Line-based edits of a text, applied bottom-up so that earlier line numbers stay valid.
/// Used to save a job YAML while keeping every byte the edit does not touch.
///
/// Lines are split where libyaml breaks them (LF, CRLF, a lone CR, NEL, LS, PS), so that line
/// numbers agree with Yams' marks whatever the file holds; each line keeps its own terminator.
/// New lines get the file's line ending: CRLF when every line ends so, else LF.
struct TextEdits {
    private(set) var lines: [String]
    /// The break after each line as written ("" for a last line without one).
    private let terminators: [String]
    let lineEnding: String
    let endsWithNewline: Bool
    private var edits: [(start: Int, end: Int, replacement: [String])] = []

    init(_ text: String) {
        var lines: [String] = []
        var terminators: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            var terminator: String?
            if u == "\r" {
                terminator = i + 1 < scalars.count && scalars[i + 1] == "\n" ? "\r\n" : "\r"
            } else if u == "\n" || u == "\u{85}" || u == "\u{2028}" || u == "\u{2029}" {
                terminator = String(u)
            }
            if let terminator {
                lines.append(String(current))
                terminators.append(terminator)
                current = String.UnicodeScalarView()
                i += terminator.unicodeScalars.count
            } else {
                current.append(u)
                i += 1
            }
        }
        if !current.isEmpty || lines.isEmpty {
            lines.append(String(current))
            terminators.append("")
        }
        self.lines = lines
        self.terminators = terminators
        let breaks = terminators.filter { !$0.isEmpty }
        lineEnding = !breaks.isEmpty && breaks.allSatisfy { $0 == "\r\n" } ? "\r\n" : "\n"
        endsWithNewline = terminators.last.map { !$0.isEmpty } ?? false
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
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<start])
        out.append(contentsOf: text.unicodeScalars)
        out.append(contentsOf: scalars[end...])
        replace(lines: line, line + 1, with: [String(out)])
    }

    /// The text with every edit applied.
    func applied() -> String {
        // Each line with its own break; nil for a line an edit wrote (it takes `lineEnding`).
        var result: [(text: String, terminator: String?)] = zip(lines, terminators).map { ($0, $1) }
        if result.count == 1, result[0].text.isEmpty, result[0].terminator == "" { result = [] }
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            // Clamped: an edit computed from a mark past the text must not crash a save.
            let start = min(max(edit.start, 0), result.count)
            let end = min(max(edit.end, start), result.count)
            result.replaceSubrange(start..<end, with: edit.replacement.map { (text: $0, terminator: String?.none) })
        }
        var out = ""
        for (index, line) in result.enumerated() {
            out += line.text
            let isLast = index == result.count - 1
            switch line.terminator {
            case .some(let t) where !t.isEmpty: out += t
            case .some: if !isLast { out += lineEnding }
            case .none: if !isLast || endsWithNewline { out += lineEnding }
            }
        }
        return out
    }

    /// The indentation (leading spaces) of a line.
    func indentation(of line: Int) -> Int {
        line < lines.count ? Self.indentation(lines[line]) : 0
    }

    /// Whether a line is blank or only a comment.
    func isBlankOrComment(_ line: Int) -> Bool {
        line < lines.count ? Self.isBlankOrComment(lines[line]) : true
    }

    /// The leading spaces of a line of text, one rule for every YAML edit.
    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// Whether a line of text is blank or only a comment (a CR left by a split at LF counts
    /// as blank).
    static func isBlankOrComment(_ line: String) -> Bool {
        let t = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        return t.isEmpty || t.first == "#"
    }
}
