import CNCurses
import Editor

/// The terminal's size as ncurses sees it.
public func currentTerminalSize() -> Size {
    Size(width: Int(sweepedit_cols()), height: Int(sweepedit_lines()))
}
