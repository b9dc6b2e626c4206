/// A grid of cells with style names: what `view` renders and tests read as text.
/// Colours are resolved late, by the terminal layer, from a theme.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: String
    public init(_ character: Character = " ", style: String = "text") {
        self.character = character
        self.style = style
    }
}

public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

public struct Screen: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: Cell(), count: max(0, size.width * size.height))
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.width + column] }
        set {
            guard row >= 0, row < size.height, column >= 0, column < size.width else { return }
            cells[row * size.width + column] = newValue
        }
    }

    /// Each row as text, trailing spaces trimmed.
    public var lines: [String] {
        (0..<size.height).map { row in
            var text = String(cells[(row * size.width)..<((row + 1) * size.width)].map(\.character)
                .filter { $0 != Character.continuation })
            while text.last == " " { text.removeLast() }
            return text
        }
    }
}

/// A place on the screen (0-based), e.g. where the terminal shows its cursor.
public struct Position: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

extension Character {
    /// The cell that follows a wide character: TerminalUI skips it, `lines` leaves it out.
    public static let continuation: Character = "\u{0}"

    /// Columns the character takes in a terminal: 2 for East Asian wide and fullwidth
    /// characters (and most emoji), 0 for the continuation cell, else 1.
    public var columns: Int {
        guard let scalar = unicodeScalars.first else { return 0 }
        if self == Character.continuation { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}

extension String {
    /// Columns the text takes in a terminal.
    public var columns: Int { plainASCIIColumns ?? reduce(0) { $0 + $1.columns } }

    /// The columns of text that is ASCII without NUL or CR (nearly all text): one a byte, since
    /// each such byte is a Character of one column. Counting bytes is some fifty times faster
    /// than walking Characters, which matters for a list row holding a long choice. nil for other text.
    var plainASCIIColumns: Int? {
        let plain = { (byte: UInt8) in byte != 0 && byte != UInt8(ascii: "\r") && byte < 0x80 }
        let isPlain = utf8.withContiguousStorageIfAvailable { $0.allSatisfy(plain) } ?? utf8.allSatisfy(plain)
        return isPlain ? utf8.count : nil
    }

    /// The text cut to `width` columns, ending with "…" when something was cut.
    public func fitted(to width: Int) -> String {
        guard width > 0 else { return "" }
        if let plain = plainASCIIColumns {
            return plain <= width ? self : String(Substring(utf8.prefix(width - 1))) + "…"
        }
        if columns <= width { return self }
        var out = ""
        var used = 0
        for c in self {
            if used + c.columns > width - 1 { break }
            out.append(c)
            used += c.columns
        }
        return out + "…"
    }

    /// The text padded with spaces (or cut with "…") to exactly `width` columns.
    public func padded(to width: Int) -> String {
        let cut = fitted(to: width)
        return cut + String(repeating: " ", count: max(0, width - cut.columns))
    }
}

extension Screen {
    /// Writes text from a column, never past `limit` columns (default: the row's end); a wide
    /// character takes its cell and a continuation cell. Returns the columns written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: String = "text", limit: Int? = nil) -> Int {
        guard row >= 0, row < size.height else { return 0 }
        let end = min(size.width, column + (limit ?? size.width))
        var col = column
        for c in text {
            let w = c.columns
            if w == 0 { continue }
            if col + w > end {
                if w == 2, col < end { self[row, col] = Cell(" ", style: style); col += 1 }
                break
            }
            self[row, col] = Cell(c, style: style)
            if w == 2 { self[row, col + 1] = Cell(Character.continuation, style: style) }
            col += w
        }
        return col - column
    }

    /// Sets the style of a span of a row (its characters stay), e.g. a selection bar.
    public mutating func paint(row: Int, from: Int, to: Int, style: String) {
        guard row >= 0, row < size.height else { return }
        for col in max(0, from)..<min(size.width, max(from, to)) {
            self[row, col].style = style
        }
    }

    /// Each row's runs of one style other than "text", as "@row:from-to style": what a failing
    /// test prints under the lines, so a wrong colour is as readable as a wrong character.
    public var styleRuns: [String] {
        var runs: [String] = []
        for row in 0..<size.height {
            var start = 0
            for col in 0...size.width {
                let style = col < size.width ? self[row, col].style : ""
                let previous = self[row, start].style
                if col == size.width || style != previous {
                    if previous != "text" { runs.append("@\(row):\(start)-\(col - 1) \(previous)") }
                    start = col
                }
            }
        }
        return runs
    }

    /// The style of the first cell of a row showing `text`, nil when the row does not show it.
    public func style(ofText text: String, row: Int) -> String? {
        let line = lines[row]
        var start = line.startIndex
        while !line[start...].hasPrefix(text) {
            guard start < line.endIndex else { return nil }
            start = line.index(after: start)
        }
        return self[row, String(line[..<start]).columns].style
    }
}

extension Screen: CustomStringConvertible {
    public var description: String { (lines + styleRuns).joined(separator: "\n") }
}
