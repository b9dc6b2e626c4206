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
            var text = String(cells[(row * size.width)..<((row + 1) * size.width)].map(\.character))
            while text.last == " " { text.removeLast() }
            return text
        }
    }
}
