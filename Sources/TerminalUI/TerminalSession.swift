import CNCurses
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process-wide part of the terminal session: what signal handlers and the exit hook must
/// reach without a Terminal object (C handlers cannot capture context). One session at a time.
///
/// Terminating signals (TERM, HUP, INT, QUIT) arrive through DispatchSource on a private queue,
/// which only records them: the thread in `Terminal.nextKey` notices within 50 ms and runs
/// `onTerminate`, restores the terminal and ends the process, so ncurses is never used from two
/// threads. If that thread is busy for 2 s, the queue does it itself, restoring the terminal
/// with the saved termios and reset bytes instead of ncurses.
/// Crash signals (SEGV, ABRT, BUS, ILL, FPE, TRAP) only restore (async-signal-safe write and
/// tcsetattr) and re-raise, so the shell prompt comes back usable and a core is still dumped.
final class TerminalSession: @unchecked Sendable {
    static let shared = TerminalSession()

    static let terminatingSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP]
    /// How long the main thread has to take a terminating signal before the queue acts alone.
    static let fallbackDelay: DispatchTimeInterval = .seconds(2)

    private let lock = NSLock()
    // Guarded by `lock`.
    private var active = false
    private var onTerminateHandler: (@Sendable (Int32) -> Void)?
    private var pendingSignal: Int32?
    private var terminationClaimed = false
    private var sources: [DispatchSourceSignal] = []
    private var exitHookInstalled = false

    // Read by crash handlers without locking: raw memory, written only while not armed.
    private let savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    private let resetBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
    private let resetCount = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private let armed = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private static let resetCapacity = 512
    private let queue = DispatchQueue(label: "sweepedit.terminal.signals")

    private init() {
        resetCount.pointee = 0
        armed.pointee = 0
    }

    var onTerminate: (@Sendable (Int32) -> Void)? {
        get { lock.withLock { onTerminateHandler } }
        set { lock.withLock { onTerminateHandler = newValue } }
    }

    /// Claims the session and installs the handlers. Call before ncurses starts, so ncurses
    /// sees our dispositions and does not install its own SIGINT/SIGTERM handlers.
    func begin() -> Bool {
        let claimed: Bool = lock.withLock {
            if active { return false }
            active = true
            pendingSignal = nil
            terminationClaimed = false
            return true
        }
        guard claimed else { return false }
        tcgetattr(STDIN_FILENO, savedTermios)
        installSignalHandlers()
        installExitHook()
        return true
    }

    /// Records the bytes that undo ncurses' terminal modes (from terminfo) and arms the crash
    /// handlers to use them.
    func arm(reset: [UInt8]) {
        let count = min(reset.count, Self.resetCapacity)
        for index in 0..<count { resetBytes[index] = reset[index] }
        resetCount.pointee = count
        armed.pointee = 1
    }

    /// Ends the session: ncurses' endwin (once; skipped off the main thread, where the raw
    /// restore did its work), handlers back to default. Idempotent.
    func end(usingCurses: Bool = true) {
        let wasActive: Bool = lock.withLock {
            let was = active
            active = false
            return was
        }
        guard wasActive else { return }
        armed.pointee = 0
        if usingCurses, isendwin() == false { endwin() }
        let cancelled: [DispatchSourceSignal] = lock.withLock {
            defer { sources = [] }
            return sources
        }
        for source in cancelled { source.cancel() }
        for signalNumber in Self.terminatingSignals + Self.crashSignals { signal(signalNumber, SIG_DFL) }
    }

    /// The terminating signal waiting for the main thread, if any.
    var pending: Int32? { lock.withLock { pendingSignal } }

    /// Runs the termination once (whichever thread comes first): the editor's handler, then
    /// the terminal restored (by ncurses on the thread that owns it, else raw), then the
    /// process ends by the same signal.
    func terminate(_ signalNumber: Int32, onCursesThread: Bool) {
        let handler: (@Sendable (Int32) -> Void)?? = lock.withLock {
            if terminationClaimed { return .none }
            terminationClaimed = true
            return .some(onTerminateHandler)
        }
        guard case .some(let onTerminate) = handler else { return }
        onTerminate?(signalNumber)
        if !onCursesThread { rawRestore() }
        end(usingCurses: onCursesThread)
        Self.dieBy(signalNumber)
    }

    /// Restores the terminal without ncurses: async-signal-safe (write, tcsetattr).
    func rawRestore() {
        guard armed.pointee != 0 else { return }
        armed.pointee = 0
        _ = write(STDOUT_FILENO, resetBytes, resetCount.pointee)
        tcsetattr(STDIN_FILENO, TCSANOW, savedTermios)
    }

    private static func dieBy(_ signalNumber: Int32) -> Never {
        signal(signalNumber, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signalNumber)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(signalNumber)
        _exit(128 + signalNumber)
    }

    private func installSignalHandlers() {
        var made: [DispatchSourceSignal] = []
        for signalNumber in Self.terminatingSignals {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [self] in signalArrived(signalNumber) }
            source.resume()
            made.append(source)
        }
        lock.withLock { sources = made }
        for signalNumber in Self.crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signalNumber in
                TerminalSession.shared.rawRestore()
                raise(signalNumber)
            }
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigemptyset(&action.sa_mask)
            sigaction(signalNumber, &action, nil)
        }
    }

    private func signalArrived(_ signalNumber: Int32) {
        lock.withLock { if pendingSignal == nil { pendingSignal = signalNumber } }
        queue.asyncAfter(deadline: .now() + Self.fallbackDelay) { [self] in
            terminate(signalNumber, onCursesThread: false)
        }
    }

    /// `exit()` from anywhere (an uncaught error in a command) still restores the terminal.
    private func installExitHook() {
        let install: Bool = lock.withLock {
            defer { exitHookInstalled = true }
            return !exitHookInstalled
        }
        if install { atexit { TerminalSession.shared.end() } }
    }
}
