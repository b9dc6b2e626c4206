/// The full-screen table of trials (P): opening it, and its scrolling keys.
func openTrials(_ s: inout EditorState) {
    s.overlay = .trials(TrialsPosition())
}

/// The keys that scroll the full-screen table; in the list and the help they mean other things.
let trialsScrollCommands: Set<Command> = [.scrollDown, .scrollUp, .pageDown, .pageUp, .top, .bottom, .scrollLeft, .scrollRight]

/// j/k a row, pages, first and last rows, h/l a column; clamped to what the screen can show.
func scrollTrials(_ s: inout EditorState, _ command: Command) {
    guard case .trials(let position)? = s.overlay else { return }
    let page = TrialsPage(s, position, size: s.size)
    var wanted = page.position
    switch command {
    case .scrollDown: wanted.row += 1
    case .scrollUp: wanted.row -= 1
    case .pageDown: wanted.row += page.height
    case .pageUp: wanted.row -= page.height
    case .top: wanted.row = 0
    case .bottom: wanted.row = page.lastRow
    case .scrollRight: wanted.column += 1
    case .scrollLeft: wanted.column -= 1
    default: return
    }
    s.overlay = .trials(TrialsPage(s, wanted, size: s.size).position)
}

/// After a resize or a re-roll: the position the new screen can show.
func clampTrials(_ s: inout EditorState) {
    guard case .trials(let position)? = s.overlay else { return }
    s.overlay = .trials(TrialsPage(s, position, size: s.size).position)
}

/// Why h or l cannot shift the columns (nil: they can).
func trialsDisabledReason(_ command: Command, _ s: EditorState) -> String? {
    guard command == .scrollLeft || command == .scrollRight, case .trials(let position)? = s.overlay else { return nil }
    return TrialsPage(s, position, size: s.size).lastShift == 0 ? "every column shows already" : nil
}
