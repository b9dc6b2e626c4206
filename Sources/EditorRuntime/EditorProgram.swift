import Editor
import Foundation
import SearchSpace
import TerminalUI

/// The editor as a program (bubbletea's Program): it owns the terminal session from start to
/// stop, runs the loop that turns keys into actions and effects into disk operations, and
/// answers what a signal asks. The command line only parses its arguments and calls `run`.
public enum EditorProgram {
    /// Why the editor could not start; nothing was shown and nothing written.
    public struct StartFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Opens the document in the terminal until the user quits (or a signal ends the process).
    /// `stamp` is the file's as it was before reading, so a change made while reading shows at
    /// the next save. Warnings (a theme that could not be loaded) are said in the status line
    /// and again on stderr once the terminal is restored.
    public static func run(_ document: Document, stamp: FileStamp?, theme nameOrPath: String?) throws(StartFailure) {
        // read once: ProcessInfo builds a new dictionary of the whole environment on every call
        let environment = ProcessInfo.processInfo.environment
        let config = UserConfig.load(environment: environment)
        let resolved = Theme.resolve(nameOrPath: nameOrPath, configured: config.theme, environment: environment)
        unblockTerminatingSignals()
        let terminal: Terminal
        do {
            terminal = try Terminal.start(theme: resolved.theme, environment: environment)
        } catch {
            throw StartFailure(description: "sweepedit: " + error.description)
        }
        defer {
            terminal.stop()
            if let warning = resolved.warning { StandardError.line("sweepedit: " + warning) }
            config.warnings.forEach { StandardError.line("sweepedit: " + $0) }
        }
        var launch = Launch(stamp: stamp, warning: resolved.warning, asciiOnly: !terminal.capabilities.unicodeGlyphs)
        config.apply(to: &launch)
        var loop = RunLoop(terminal: terminal, state: EditorState(document: document, size: terminal.size, launch: launch),
                           store: .standard(environment: environment))
        loop.run()
    }

    /// A parent may start us with SIGTERM/SIGHUP blocked (a test runner's worker thread, some
    /// supervisors): the signal would then stay pending for ever and no recovery file would
    /// be written. Unblock them before the terminal installs its handlers.
    static func unblockTerminatingSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}

/// One line on stderr with a plain write(2): FileHandle traps when the other end is gone.
enum StandardError {
    static func line(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
