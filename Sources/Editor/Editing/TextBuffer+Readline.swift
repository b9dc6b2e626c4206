/// The readline keys every text takes (a field, the filter, a path): Ctrl-U and Ctrl-K clear to
/// the start and to the end, Ctrl-W deletes the word before the cursor, Alt-B/Alt-F and
/// Ctrl-Left/Right move by words.
///
/// A word is a run of letters and digits: `learning_rate`, `1e-4` and `sweep-job.yml` each hold
/// several, so a word key changes a part of a value, not all of it (readline's Ctrl-W stops at
/// spaces only, which values seldom have). A selected text (just entered) is cleared whole by a
/// deletion; a word move ends the selection and moves from the end, where the cursor is.
extension TextBuffer {
    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// Where a word move left from `index` stops: the start of the word before it.
    func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !Self.isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0, Self.isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    /// Where a word move right from `index` stops: the end of the word after it.
    func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count, !Self.isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count, Self.isWordCharacter(characters[i]) { i += 1 }
        return i
    }

    public mutating func moveWordLeft() { moveCursor(to: wordStart(before: cursor)) }
    public mutating func moveWordRight() { moveCursor(to: wordEnd(after: cursor)) }

    /// Ctrl-U.
    public mutating func deleteToStart() { remove(0..<cursor) }

    /// Ctrl-K.
    public mutating func deleteToEnd() { remove(cursor..<characters.count) }

    /// Ctrl-W.
    public mutating func deleteWordBackward() { remove(wordStart(before: cursor)..<cursor) }
}
