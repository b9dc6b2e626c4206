import CNCurses
import Editor
#if canImport(Glibc)
import Glibc
#endif

/// Copying a Screen into ncurses.
///
/// Wide characters: a character that takes two columns (East Asian wide, most emoji) is
/// followed in the Screen by a continuation cell whose character is "\u{0}"
/// (`Character.continuation`, Editor); draw skips it, as the terminal fills that column itself.
/// Widths are the C library's wcwidth, the closest to what the terminal does; where the
/// editor's estimate (`Character.columns`) differs, the row still keeps its columns: a wide
/// character without its continuation cell (or in the last column) is drawn as '?', and a
/// continuation cell after a narrow character as a space.
extension Terminal {
    /// Copies `screen` into ncurses and refreshes once: ncurses compares with what the
    /// terminal shows and sends only the cells that changed. A screen larger than the terminal
    /// is clipped (the editor renders at `size` after each `.resize`). `cursor` is where the
    /// text cursor is shown (a field being edited), nil hides it.
    public func draw(_ screen: Screen, cursor: (row: Int, column: Int)?) {
        guard isActive else { return }
        let window = sweepedit_stdscr()
        let terminalSize = size
        if lastDrawnSize != screen.size {
            werase(window)
            lastDrawnSize = screen.size
        }
        let rows = min(screen.size.height, terminalSize.height)
        let columns = min(screen.size.width, terminalSize.width)
        var cell = cchar_t()
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let content = screen[row, column]
                let nextIsContinuation = column + 1 < columns && screen[row, column + 1].character == Character.continuation
                let width = glyphs(for: content.character, wideAllowed: nextIsContinuation)
                var (attributes, pair) = self.attributes(for: content.style)
                _ = withUnsafePointer(to: &pair) { pairPointer in
                    setcchar(&cell, glyphBuffer, attributes, 0, UnsafeRawPointer(pairPointer))
                }
                attributes = 0
                mvwadd_wch(window, Int32(row), Int32(column), &cell)
                column += width == 2 ? 2 : 1
            }
        }
        placeCursor(cursor, rows: rows, columns: columns)
        wnoutrefresh(window)
        doupdate()
    }

    private func placeCursor(_ cursor: (row: Int, column: Int)?, rows: Int, columns: Int) {
        let window = sweepedit_stdscr()
        if let cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
            if cursorShown != true { curs_set(1) }
            cursorShown = true
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            if cursorShown != false { curs_set(0) }
            cursorShown = false
            wmove(window, Int32(max(0, rows - 1)), 0)
        }
    }

    /// Fills `glyphBuffer` (NUL-terminated) with what to draw for `character`; returns the
    /// columns it takes (1 or 2).
    private func glyphs(for character: Character, wideAllowed: Bool) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard var base = scalars.next() else { return store(" ") }
        if character == Character.continuation { return store(" ") }
        if !capabilities.unicodeGlyphs, let ascii = GlyphFallback.ascii(for: character),
           !capabilities.utf8 || Self.isDecorative(base) {
            return store(ascii.unicodeScalars.first ?? "?")
        }
        if base.value < 32 || (0x7f...0x9f).contains(base.value) { base = "?" }
        let width = sweepedit_wcwidth(base.value)
        if width < 0 { return store("?") }
        if width == 2 && !wideAllowed { return store("?") }
        var count = 0
        if width == 0 {  // a combining mark on its own: put it on a space
            glyphBuffer[count] = 0x20
            count += 1
        }
        glyphBuffer[count] = wchar_t(bitPattern: base.value)
        count += 1
        while count < Int(CCHARW_MAX), let mark = scalars.next() {
            guard sweepedit_wcwidth(mark.value) == 0 else { break }
            glyphBuffer[count] = wchar_t(bitPattern: mark.value)
            count += 1
        }
        glyphBuffer[count] = 0
        return width == 2 ? 2 : 1
    }

    private func store(_ scalar: Unicode.Scalar) -> Int {
        glyphBuffer[0] = wchar_t(bitPattern: scalar.value)
        glyphBuffer[1] = 0
        return 1
    }

    /// Characters a view uses for drawing rather than text: replaced by ASCII on terminals
    /// without Unicode glyphs even when the locale could encode them.
    static func isDecorative(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2190...0x21FF, 0x2500...0x25FF, 0x2600...0x27BF, 0x2022, 0x2026, 0x00B7: return true
        default: return false
        }
    }
}
