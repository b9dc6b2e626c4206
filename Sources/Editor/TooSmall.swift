/// While the window is below `Layout.minimum` the screen shows only "window too small", so
/// keys must not change what cannot be seen: only quitting (and its question), help, closing
/// and suspending work; every other key says why it does nothing.
func worksWhileTooSmall(_ command: Command, mode: Mode) -> Bool {
    switch command {
    case .quit, .saveAndQuit, .help, .closeOverlay, .scrollDown, .scrollUp, .cancel, .suspend:
        return true
    case .confirm:
        return mode == .confirmQuit  // y in "quit without saving?"; in "delete the subspace?" it changes the space
    default:
        return false
    }
}

let tooSmallReason = "enlarge the window to edit; q quits"

/// What the "window too small" screen says under its two lines: the last message, and the
/// quit question's keys when it is open.
func tooSmallDetails(_ s: EditorState) -> [String] {
    var lines: [String] = []
    if s.mode == .confirmQuit {
        lines.append("unsaved changes: quit?")
        lines.append(Keymap.bindings(in: .confirmQuit).map { $0.keyLabel + " " + ($0.footer ?? $0.help) }.joined(separator: "  "))
    } else if let status = s.status {
        lines.append(status.text)
    }
    return lines
}
