import CNCurses
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process-wide part of the terminal session: what signal handlers and the exit hook must
/// reach without a Terminal object (C handlers cannot capture context). One session at a time.
///
/// Terminating signals (TERM, HUP, INT, QUIT): the C handler only records the signal number
/// (async-signal-safe). The thread in `Terminal.nextKey` notices within 50 ms (the handler also
/// interrupts its read), runs `onTerminate`, restores the terminal with ncurses and ends the
/// process by that signal, so ncurses is never used from two threads. If that thread is busy
/// for 2 s, a watchdog on a private queue does it instead, restoring the terminal with the
/// saved termios and terminfo reset bytes rather than ncurses. (The handlers are installed
/// with sigaction, synchronously: a DispatchSource registers later, and a signal arriving just
/// after start would be lost.)
/// Crash signals (SEGV, ABRT, BUS, ILL, FPE, TRAP) only restore (write and tcsetattr, both
/// async-signal-safe), then hand the signal to the previous handler (the Swift runtime's
/// backtracer), so the crash is still reported, on a usable terminal.
final class TerminalSession: @unchecked Sendable {
    static let shared = TerminalSession()

    static let terminatingSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP]
    /// How long the main thread has to take a terminating signal before the watchdog acts.
    static let fallbackNanoseconds: UInt64 = 2_000_000_000
    private static let resetCapacity = 512

    private let lock = NSLock()
    // Guarded by `lock`.
    private var active = false
    private var onTerminateHandler: (@Sendable (Int32) -> String?)?
    private var terminationClaimed = false
    private var pendingSeenAt: UInt64?
    private var watchdog: DispatchSourceTimer?
    private var exitHookInstalled = false

    // Shared with signal handlers without locking: raw memory, no Swift exclusivity checks.
    /// The terminating signal received and not yet acted on (0: none).
    private let pendingSignal = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private let savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    private let resetBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
    private let resetCount = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    /// 1 while the terminal is in ncurses' modes and the raw restore would undo them.
    private let armed = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    /// 1 when SIGTSTP asked the editor to suspend (kill -TSTP; Ctrl-Z itself is a key in raw mode).
    private let suspendRequested = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    /// The crash handlers found at start, put back before re-raising.
    private let previousCrashActions = UnsafeMutablePointer<sigaction>.allocate(capacity: crashSignals.count)
    private let queue = DispatchQueue(label: "sweepedit.terminal.watchdog")

    private init() {
        pendingSignal.pointee = 0
        suspendRequested.pointee = 0
        resetCount.pointee = 0
        armed.pointee = 0
    }

    var onTerminate: (@Sendable (Int32) -> String?)? {
        get { lock.withLock { onTerminateHandler } }
        set { lock.withLock { onTerminateHandler = newValue } }
    }

    /// Claims the session and installs the handlers. Call before ncurses starts, so ncurses
    /// sees our dispositions and does not install its own SIGINT/SIGTERM handlers.
    func begin() -> Bool {
        let claimed: Bool = lock.withLock {
            if active { return false }
            active = true
            terminationClaimed = false
            pendingSeenAt = nil
            return true
        }
        guard claimed else { return false }
        pendingSignal.pointee = 0
        suspendRequested.pointee = 0
        tcgetattr(STDIN_FILENO, savedTermios)
        installSignalHandlers()
        startWatchdog()
        installExitHook()
        return true
    }

    /// Records the bytes that undo ncurses' terminal modes (from terminfo) and arms the raw
    /// restore that crash handlers and the watchdog use.
    func arm(reset: [UInt8]) {
        let count = min(reset.count, Self.resetCapacity)
        for index in 0..<count { resetBytes[index] = reset[index] }
        resetCount.pointee = count
        armed.pointee = 1
    }

    /// Ends the session: ncurses' endwin (once; not from the watchdog, where the raw restore
    /// did the work), handlers back as they were. Idempotent.
    func end(usingCurses: Bool = true) {
        let (wasActive, timer): (Bool, DispatchSourceTimer?) = lock.withLock {
            defer {
                active = false
                watchdog = nil
            }
            return (active, watchdog)
        }
        guard wasActive else { return }
        timer?.cancel()
        armed.pointee = 0
        if usingCurses, isendwin() == false { endwin() }
        for signalNumber in Self.terminatingSignals + [SIGTSTP] { signal(signalNumber, SIG_DFL) }
        for (index, signalNumber) in Self.crashSignals.enumerated() {
            sigaction(signalNumber, previousCrashActions + index, nil)
        }
    }

    /// The terminating signal waiting to be acted on, if any.
    var pending: Int32? {
        let signalNumber = pendingSignal.pointee
        return signalNumber == 0 ? nil : signalNumber
    }

    /// Whether SIGTSTP arrived since the last call (then the caller suspends).
    func takeSuspendRequest() -> Bool {
        guard suspendRequested.pointee != 0 else { return false }
        suspendRequested.pointee = 0
        return true
    }

    /// Stops the process as SIGTSTP's default does (the shell's job control takes over) and
    /// returns when it is continued. The caller has left curses mode first.
    func stopProcess() {
        armed.pointee = 0
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        installSuspendHandler()
        armed.pointee = 1
    }

    /// Runs the termination once (whichever thread comes first): the editor's handler, then
    /// the terminal restored (by ncurses on the thread that owns it, else raw), then the
    /// process ends by the same signal.
    func terminate(_ signalNumber: Int32, onCursesThread: Bool) {
        let handler: (@Sendable (Int32) -> String?)?? = lock.withLock {
            if terminationClaimed { return .none }
            terminationClaimed = true
            return .some(onTerminateHandler)
        }
        guard case .some(let onTerminate) = handler else { return }
        let message = onTerminate?(signalNumber) ?? nil
        if !onCursesThread { rawRestore() }
        end(usingCurses: onCursesThread)
        // After the restore, so the line lands on a sane terminal. When SSH is gone the write
        // fails (EIO, or EPIPE into a closed pipe): plain write(2) with SIGPIPE ignored, its
        // result ignored, so the process still ends by its own signal, not by the write.
        if let message {
            signal(SIGPIPE, SIG_IGN)
            let bytes = Array((message + "\n").utf8)
            _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        Self.dieBy(signalNumber)
    }

    /// Restores the terminal without ncurses: async-signal-safe (write, tcsetattr).
    func rawRestore() {
        guard armed.pointee != 0 else { return }
        armed.pointee = 0
        _ = write(STDOUT_FILENO, resetBytes, resetCount.pointee)
        tcsetattr(STDIN_FILENO, TCSANOW, savedTermios)
    }

    /// In a terminating signal's handler: note it (the first one wins).
    private func received(_ signalNumber: Int32) {
        if pendingSignal.pointee == 0 { pendingSignal.pointee = signalNumber }
    }

    /// In a crash signal's handler: restore the terminal, put back the previous handler and
    /// let the signal through to it once this handler returns.
    private func crashed(_ signalNumber: Int32) {
        rawRestore()
        var index = 0
        while index < Self.crashSignals.count && Self.crashSignals[index] != signalNumber { index += 1 }
        if index < Self.crashSignals.count { sigaction(signalNumber, previousCrashActions + index, nil) }
        raise(signalNumber)
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
        for signalNumber in Self.terminatingSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { TerminalSession.shared.received($0) }
            action.sa_flags = 0  // no SA_RESTART: the signal interrupts the wait for a key
            sigemptyset(&action.sa_mask)
            sigaction(signalNumber, &action, nil)
        }
        installSuspendHandler()
        for (index, signalNumber) in Self.crashSignals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { TerminalSession.shared.crashed($0) }
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigemptyset(&action.sa_mask)
            sigaction(signalNumber, &action, previousCrashActions + index)
        }
    }

    /// SIGTSTP from outside (kill -TSTP) only asks; `Terminal.nextKey` suspends properly.
    private func installSuspendHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in TerminalSession.shared.suspendRequested.pointee = 1 }
        action.sa_flags = 0
        sigemptyset(&action.sa_mask)
        sigaction(SIGTSTP, &action, nil)
    }

    /// Acts on a terminating signal the main thread has not taken within the fallback delay.
    private func startWatchdog() {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + .milliseconds(250), repeating: .milliseconds(250))
        timer.setEventHandler { [self] in
            guard let signalNumber = pending else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            let seen: UInt64 = lock.withLock {
                if pendingSeenAt == nil { pendingSeenAt = now }
                return pendingSeenAt ?? now
            }
            if now - seen >= Self.fallbackNanoseconds {
                terminate(signalNumber, onCursesThread: false)
            }
        }
        lock.withLock { watchdog = timer }
        timer.resume()
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
