/// A key press, decoded from the terminal by TerminalUI (one pure function) and consumed by
/// the keymap. Its `label` is what the footer, the help overlay and the tests write.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case alt(Character)
    case up, down, left, right
    /// Ctrl (or Alt) with Left/Right: a word left or right in a text.
    case ctrlLeft, ctrlRight
    case home, end, pageUp, pageDown
    case enter, esc, tab, backTab, backspace, delete
    case resize

    public var label: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "C-" + String(c)
        case .alt(let c): return "A-" + String(c)
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .ctrlLeft: return "C-left"
        case .ctrlRight: return "C-right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .enter: return "enter"
        case .esc: return "esc"
        case .tab: return "tab"
        case .backTab: return "S-tab"
        case .backspace: return "backspace"
        case .delete: return "del"
        case .resize: return "resize"
        }
    }
}
