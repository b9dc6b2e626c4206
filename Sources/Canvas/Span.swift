/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: String
    public init(_ text: String, _ style: String = "text") {
        self.text = text
        self.style = style
    }
}

extension Screen {
    /// Draws spans from a column, within `limit` columns; fills the rest with `fill` style.
    public mutating func draw(_ spans: [Span], row: Int, column: Int, limit: Int, fill: String? = nil) {
        var col = column
        for span in spans where col < column + limit {
            let room = column + limit - col
            col += write(span.text.columns > room ? span.text.fitted(to: room) : span.text,
                         row: row, column: col, style: span.style, limit: room)
        }
        if let fill { paint(row: row, from: col, to: column + limit, style: fill) }
    }
}
