import Canvas

/// Lines of spans laid out in a width: a span that does not fit starts a new line, text
/// longer than a line is cut with "…". Remembers where a cursor goes.
struct LineBuilder {
    let width: Int
    private(set) var lines: [[Span]] = [[]]
    private(set) var cursor: Position?
    private(set) var used = 0

    init(width: Int) { self.width = max(1, width) }

    /// Adds a span; `cursorOffset` (columns into the span) marks the cursor.
    mutating func add(_ text: String, _ style: String = "text", cursorOffset: Int? = nil, keepTogether: Bool = true) {
        if keepTogether, used > 0, used + text.columns > width { newLine() }
        let fitted = text.fitted(to: width - used)
        if let offset = cursorOffset { cursor = Position(row: lines.count - 1, column: min(width - 1, used + offset)) }
        lines[lines.count - 1].append(Span(fitted, style))
        used += fitted.columns
    }

    /// Adds words, wrapping between them (for messages).
    mutating func addWrapped(_ text: String, _ style: String = "text", indent: Int = 2) {
        for (i, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            let piece = (i == 0 ? "" : " ") + word
            if used > 0, used + piece.columns > width {
                newLine()
                add(String(repeating: " ", count: indent) + word, style)
            } else {
                add(piece, style, keepTogether: false)
            }
        }
    }

    mutating func newLine() {
        lines.append([])
        used = 0
    }
}
