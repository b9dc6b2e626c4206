/// Why the editor's terminal could not be started; the command prints it and exits.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    /// A terminal without cursor addressing (TERM=dumb, a printing terminal).
    case cannotMoveCursor(String)
    case alreadyStarted

    public var description: String {
        switch self {
        case .notATerminal:
            return "the editor needs a terminal on standard input and output (use the subcommands in scripts)"
        case .unknownTerminal(let term):
            return "cannot use terminal type '\(term)' (TERM); try TERM=xterm-256color or TERM=vt100"
        case .cannotMoveCursor(let term):
            return "terminal type '\(term)' (TERM) cannot move the cursor; try TERM=vt100"
        case .alreadyStarted:
            return "the terminal is already in use by this process"
        }
    }
}
