/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: String
    public init(_ text: String, _ style: String = "text") {
        self.text = text
        self.style = style
    }
}

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

extension Screen {
    /// Draws spans from a column, within `limit` columns; fills the rest with `fill` style.
    mutating func draw(_ spans: [Span], row: Int, column: Int, limit: Int, fill: String? = nil) {
        var col = column
        for span in spans where col < column + limit {
            let room = column + limit - col
            col += write(span.text.columns > room ? span.text.fitted(to: room) : span.text,
                         row: row, column: col, style: span.style, limit: room)
        }
        if let fill { paint(row: row, from: col, to: column + limit, style: fill) }
    }
}
