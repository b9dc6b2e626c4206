/// A one-line text being typed (a field, the filter, a path) with its cursor.
public struct TextBuffer: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor, in characters from the start: 0...characters.count.
    public private(set) var cursor: Int
    /// The whole text is selected: what is typed replaces it, a deletion clears it, a move
    /// keeps it (a value just added as a copy of its neighbour, to be typed over).
    public private(set) var isSelected = false

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func insert(_ c: Character) {
        if clearSelection() { characters.removeAll(); cursor = 0 }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    public mutating func deleteBackward() {
        if clearSelection() { characters.removeAll(); cursor = 0; return }
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        if clearSelection() { characters.removeAll(); cursor = 0; return }
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    // A move ends the selection where it goes: left and Home to the start, right and End to the end.
    public mutating func moveLeft() { cursor = clearSelection() ? 0 : max(0, cursor - 1) }
    public mutating func moveRight() { cursor = clearSelection() ? characters.count : min(characters.count, cursor + 1) }
    public mutating func moveHome() { _ = clearSelection(); cursor = 0 }
    public mutating func moveEnd() { _ = clearSelection(); cursor = characters.count }

    /// Replaces the whole text (a picked value), cursor at the end.
    public mutating func replace(with text: String) {
        isSelected = false
        characters = Array(text)
        cursor = characters.count
    }

    /// Selects the whole text, cursor at the end.
    public mutating func selectAll() {
        isSelected = !characters.isEmpty
        cursor = characters.count
    }

    /// Puts the cursor at `index`, ending any selection (the word moves).
    mutating func moveCursor(to index: Int) {
        isSelected = false
        cursor = max(0, min(index, characters.count))
    }

    /// Removes `range`, leaving the cursor at its start; a selected text is cleared whole instead.
    mutating func remove(_ range: Range<Int>) {
        if clearSelection() { characters.removeAll(); cursor = 0; return }
        characters.removeSubrange(range)
        cursor = range.lowerBound
    }

    /// Ends the selection; whether there was one.
    private mutating func clearSelection() -> Bool {
        defer { isSelected = false }
        return isSelected
    }

    /// Columns between the start of the text and the cursor.
    public var cursorColumns: Int { String(characters[..<cursor]).columns }
}
