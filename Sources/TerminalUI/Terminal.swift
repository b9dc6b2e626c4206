import CNCurses
import Canvas
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The editor's terminal: the one object that talks to ncurses. Use it from one thread (the
/// run loop's): start, then draw a Screen and read a Key in turn, then stop.
///
///     let terminal = try Terminal.start(theme: theme)
///     defer { terminal.stop() }
///     terminal.onTerminate = { signal in recovery.write() }   // SIGHUP when SSH drops; returns a line for stderr
///     while running {
///         terminal.draw(view(state, terminal.size), cursor: state.cursor)
///         if let key = terminal.nextKey(timeoutMilliseconds: -1) { ... }
///     }
///
/// The terminal is restored on every way out: `stop()`, `exit()`, a terminating signal (after
/// `onTerminate`) and a crash (see `TerminalSession`).
public final class Terminal {
    /// What this terminal can show (colours, Unicode), decided at start.
    public let capabilities: TerminalCapabilities
    /// The theme in use: the one asked for, or monochrome where colour is off.
    public let theme: Theme

    private let session = TerminalSession.shared
    private var palette: StylePalette
    /// Input read ahead while decoding an escape sequence, for the next `nextKey`.
    var pendingInput: [RawInput] = []
    /// Scratch for one cell's wide characters (a base character and up to 4 combining marks).
    let glyphBuffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: Int(CCHARW_MAX) + 1)
    var cursorShown: Bool?
    /// The terminal cannot hide its cursor: it is parked in a corner instead (see placeCursor).
    var cursorParks = false
    /// Consecutive reads that failed without waiting (see `nextKey`).
    var quickFailures = 0
    /// The last frame drawn and the terminal size then: cells equal to it are not copied again.
    var lastFrame: (screen: Screen, terminal: Size)?

    private init(capabilities: TerminalCapabilities, theme: Theme, palette: StylePalette) {
        self.capabilities = capabilities
        self.theme = theme
        self.palette = palette
    }

    deinit {
        glyphBuffer.deallocate()
    }

    /// Sets up ncursesw for the editor: the user's locale (wide characters), raw input (Ctrl-C,
    /// Ctrl-S, Ctrl-Z reach the editor as keys), no echo, keypad decoding, Enter as CR, a 25 ms
    /// ESCDELAY (Esc answers at once over SSH) unless the user's ESCDELAY says otherwise, colours from `theme` when the terminal has them
    /// and NO_COLOR is not set, ASCII glyphs where the terminal lacks Unicode (or
    /// SWEEPEDIT_ASCII is set).
    public static func start(theme: Theme,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) -> Terminal {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        let session = TerminalSession.shared
        guard session.begin() else { throw .alreadyStarted }
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              newterm(nil, output, input) != nil else {
            session.end(usingCurses: false)
            throw .unknownTerminal(environment["TERM"] ?? "")
        }
        guard let move = tigetstr("cup"), Int(bitPattern: move) != -1 else {
            endwin()
            session.end(usingCurses: false)
            throw .cannotMoveCursor(environment["TERM"] ?? "")
        }
        let window = sweepedit_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        intrflush(window, false)
        // ncurses has read $ESCDELAY by now: only its own 1000 ms default is replaced
        if environment["ESCDELAY"] == nil { sweepedit_set_escdelay(25) }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let hasColors = !noColor && has_colors()
        if hasColors { start_color() }
        let capabilities = TerminalCapabilities.decide(
            codeset: String(cString: sweepedit_codeset()), term: environment["TERM"] ?? "",
            noColor: noColor, hasColors: hasColors, colors: hasColors ? Int(sweepedit_colors()) : 0,
            forceASCII: !(environment["SWEEPEDIT_ASCII"] ?? "").isEmpty)
        let defaultColors = hasColors && use_default_colors() == OK
        let adapted = theme.adapted(to: capabilities.colorDepth)
        let palette = StylePalette(theme: adapted, depth: capabilities.colorDepth,
                                   defaultColors: defaultColors, pairLimit: Int(sweepedit_color_pairs()))
        session.arm(reset: resetSequence())
        return Terminal(capabilities: capabilities, theme: adapted, palette: palette)
    }

    /// The terminal's size now (ncurses updates it on resize, before `.resize` is returned).
    public var size: Size {
        Size(width: Int(sweepedit_cols()), height: Int(sweepedit_lines()))
    }

    /// Called once when SIGTERM, SIGHUP (SSH dropped), SIGINT or SIGQUIT arrives, before the
    /// terminal is restored and the process ends by that signal: write the recovery file here.
    /// It runs on the thread in `nextKey` (within 50 ms), or, if that thread is busy for 2 s,
    /// on a private queue while the run loop may be mid-update: so read only a Sendable
    /// snapshot of the document (e.g. behind a lock, refreshed after each edit), never the run
    /// loop's state, write with plain file I/O, and return promptly. It is not called for
    /// crashes (SIGSEGV, SIGABRT, ...), which only restore the terminal. What it returns is
    /// printed on stderr once the terminal is restored (say where the edits went, or that
    /// they could not be kept).
    public var onTerminate: (@Sendable (Int32) -> String?)? {
        get { session.onTerminate }
        set { session.onTerminate = newValue }
    }

    /// Restores the terminal (endwin): cooked mode, cursor, main screen. Safe to call twice;
    /// after it, draw and nextKey do nothing.
    public func stop() {
        session.end()
    }

    /// Suspends the editor like a shell job (what Ctrl-Z does in other programs; the editor
    /// may bind `.ctrl("z")` to it): the terminal is restored, the process stops until `fg`,
    /// then the screen is repainted. Afterwards render at `size` again (it may have changed):
    /// `nextKey` returns `.resize` after a suspension it handled itself (kill -TSTP).
    public func suspend() {
        guard isActive else { return }
        endwin()
        session.stopProcess()
        clearok(sweepedit_curscr(), true)
        wrefresh(sweepedit_stdscr())
        lastFrame = nil
    }

    /// Makes the next `draw` repaint the whole terminal (what Ctrl-L does in other programs):
    /// for when something outside the editor wrote over the screen.
    public func repaintAll() {
        guard isActive else { return }
        clearok(sweepedit_curscr(), true)
        lastFrame = nil
    }

    var isActive: Bool { isendwin() == false }

    /// terminfo strings that undo what ncurses set up, for the async-signal-safe restore:
    /// leave the alternate screen, reset attributes, show the cursor, keypad off.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["rmcup", "sgr0", "cnorm", "rmkx"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        return bytes
    }

    /// Acts on a terminating signal recorded by the session's handler (see `onTerminate`).
    func handlePendingSignal() {
        if let signalNumber = session.pending {
            session.terminate(signalNumber, onCursesThread: true)
        }
    }

    /// The terminal went away without a signal: do what SIGHUP does.
    func terminateAsHangUp() {
        session.terminate(SIGHUP, onCursesThread: true)
    }

    func attributes(for style: String) -> (attributes: attr_t, pair: Int32) {
        palette.resolve(style)
    }
}
