import Canvas
import CNCurses
#if canImport(Glibc)
import Glibc
#endif

/// Copying a Screen into ncurses.
///
/// Wide characters: a character that takes two columns (East Asian wide, most emoji) is
/// followed in the Screen by a continuation cell whose character is "\u{0}"
/// (`Character.continuation`, Canvas); draw skips it, as the terminal fills that column itself.
/// Widths are the C library's wcwidth, the closest to what the terminal does; where the
/// editor's estimate (`Character.columns`) differs, the row still keeps its columns: a wide
/// character without its continuation cell (or in the last column) is drawn as '?', and a
/// continuation cell after a narrow character as a space.
extension Terminal {
    /// Copies `screen` into ncurses and refreshes once; ncurses then sends the terminal only
    /// what changed. Only the runs `Screen.changes(from:)` finds are copied (the frame-to-frame
    /// diff ratatui does); after a resize or a suspension every cell is. A screen larger than
    /// the terminal is clipped (the editor renders at `size` after each `.resize`).
    /// `cursor` is where the text cursor is shown (a field being edited), nil hides it.
    public func draw(_ screen: Screen, cursor: (row: Int, column: Int)?) {
        guard isActive else { return }
        let window = sweepedit_stdscr()
        let terminalSize = size
        let previous = lastFrame.flatMap { $0.terminal == terminalSize ? $0.screen : nil }
        if previous?.size != screen.size { werase(window) }
        let runs = screen.changes(from: previous, clip: terminalSize)
        screen.cells.withUnsafeBufferPointer { cells in
            copy(runs, of: cells, stride: screen.size.width, into: window)
        }
        lastFrame = (screen, terminalSize)
        placeCursor(cursor, rows: min(screen.size.height, terminalSize.height),
                    columns: min(screen.size.width, terminalSize.width))
        wnoutrefresh(window)
        doupdate()
    }

    /// Copies the cells of each run into the window.
    private func copy(_ runs: [ScreenRun], of cells: UnsafeBufferPointer<Cell>, stride: Int,
                      into window: UnsafeMutablePointer<WINDOW>?) {
        var cell = cchar_t()
        var lastStyle: String?
        var attributes: attr_t = 0
        var pair: Int32 = 0
        for run in runs {
            let base = run.row * stride
            let end = run.column + run.count
            var column = run.column
            while column < end {
                let content = cells[base + column]
                if content.style != lastStyle {
                    (attributes, pair) = self.attributes(for: content.style)
                    lastStyle = content.style
                }
                let width = glyphs(for: content.character) {
                    column + 1 < end && Self.isContinuation(cells[base + column + 1].character)
                }
                _ = withUnsafePointer(to: &pair) { pairPointer in
                    setcchar(&cell, glyphBuffer, attributes, 0, UnsafeRawPointer(pairPointer))
                }
                mvwadd_wch(window, Int32(run.row), Int32(column), &cell)
                column += width
            }
        }
    }

    private func placeCursor(_ cursor: (row: Int, column: Int)?, rows: Int, columns: Int) {
        let window = sweepedit_stdscr()
        if let cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
            if cursorShown != true { curs_set(1); leaveok(window, false) }
            cursorShown = true
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            // A hidden cursor stays wherever the last change left it: moving it home after
            // every frame would cost bytes for nothing the user sees. One that cannot be hidden
            // (vt100 has no civis) is parked in the bottom-left corner, where it distracts least.
            if cursorShown != false {
                cursorParks = curs_set(0) == ERR
                leaveok(window, !cursorParks)
            }
            cursorShown = false
            if cursorParks { wmove(window, Int32(max(0, rows - 1)), 0) }
        }
    }

    static func isContinuation(_ character: Character) -> Bool {
        character.unicodeScalars.first?.value == 0
    }

    /// Fills `glyphBuffer` (NUL-terminated) with what to draw for `character`; returns the
    /// columns it takes (1 or 2). `wideAllowed`: the next cell is this one's continuation.
    private func glyphs(for character: Character, wideAllowed: () -> Bool) -> Int {
        let first = character.unicodeScalars.first?.value ?? 0
        if first >= 32 && first < 127 && character.utf8.count == 1 {  // ASCII: most cells, fast
            glyphBuffer[0] = wchar_t(bitPattern: first)
            glyphBuffer[1] = 0
            return 1
        }
        let plan = CellGlyphs.plan(character, capabilities: capabilities, wideAllowed: wideAllowed) {
            Int(sweepedit_wcwidth($0.value))
        }
        for (index, scalar) in plan.scalars.prefix(Int(CCHARW_MAX)).enumerated() {
            glyphBuffer[index] = wchar_t(bitPattern: scalar.value)
        }
        glyphBuffer[min(plan.scalars.count, Int(CCHARW_MAX))] = 0
        return plan.columns
    }
}
