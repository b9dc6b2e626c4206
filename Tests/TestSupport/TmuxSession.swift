import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a detached tmux session of a fixed size, driven as a person would:
/// keys in (`send-keys`), the screen out (`capture-pane -p`). Waits poll the screen; nothing
/// sleeps a fixed time. Each session runs on its own tmux server socket.
public final class TmuxSession {
    public let socket = "sweepedit-e2e-\(UUID().uuidString.prefix(8))"
    public let name = "e2e"

    public struct Timeout: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: tmuxPath) }
    /// The tmux suites run when tmux is there, and always under CI (CI set): there a missing
    /// tmux fails them instead of skipping them unseen.
    public static var suitesRun: Bool { isAvailable || ProcessInfo.processInfo.environment["CI"] != nil }
    public static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/tmux"

    /// Starts `command` (argv) in a `width`x`height` session.
    public init(_ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        let shellCommand = (environment.map { "\($0.key)=\(Self.quote($0.value))" } + command.map(Self.quote))
            .joined(separator: " ")
        // the server this starts keeps the output it inherits open: read nothing from it
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "exec env " + shellCommand], readOutput: false)
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { try? tmux(["kill-server"]) }

    /// Sends tmux key names ("Enter", "Escape", "C-r", "BTab") or single characters.
    public func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Types text literally.
    public func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// The screen as text lines.
    public func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// Everything the pane printed, scrolled-off lines included, wrapped lines joined: what a
    /// program says on stderr as it ends may wrap and scroll (tmux adds its own line when the
    /// pane dies).
    public func transcript() throws -> String { try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", name]) }

    /// Whether the program has ended (the pane stays, marked dead).
    public func hasExited() throws -> Bool { try tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).hasPrefix("1") }

    /// Polls the screen until `predicate` holds and the screen has settled; throws with the
    /// last screen after `seconds`. Settled: a second capture 20 ms later is the same. A capture
    /// can catch a frame half drawn (tmux reads the program's output in pieces), and tests go
    /// on to check other parts of the screen they were given, or compare it with a later one.
    @discardableResult
    public func waitFor(_ what: String, seconds: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) {
                usleep(20_000)
                if try screen() == last { return last }
                continue
            }
            usleep(20_000)
        }
        throw Timeout(description: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    /// Polls until the screen shows `text`.
    @discardableResult
    public func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        try waitFor("'\(text)'", seconds: seconds) { $0.contains(text) }
    }

    /// Polls until the screen no longer shows `text`.
    @discardableResult
    public func waitForGone(_ text: String, seconds: Double = 10) throws -> String {
        try waitFor("'\(text)' to go", seconds: seconds) { !$0.contains(text) }
    }

    public func waitForExit(seconds: Double = 10) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try hasExited() { return }
            usleep(20_000)
        }
        throw Timeout(description: "the program did not exit; the screen was:\n\(try screen())")
    }

    /// Resizes the window, as a person dragging the terminal's corner.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program in the pane (the command is exec'd, so it is that program).
    public func panePID() throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Timeout(description: "no pane pid from tmux: \(text)")
        }
        return pid
    }

    @discardableResult
    private func tmux(_ arguments: [String], readOutput: Bool = true) throws -> String {
        let outputPath = NSTemporaryDirectory() + "sweepedit-tmux-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        let status = try Self.spawn([Self.tmuxPath, "-L", socket] + arguments, stdout: readOutput ? outputPath : "/dev/null")
        guard status == 0 || !readOutput else { throw Timeout(description: "tmux \(arguments.first ?? "") failed (\(status))") }
        guard readOutput else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// The screen with its escape sequences (colours and attributes), as `capture-pane -e`.
    public func screenWithEscapes() throws -> String { try tmux(["capture-pane", "-e", "-p", "-t", name]) }

    /// Runs a program and waits for it, with posix_spawn rather than Foundation's Process: the
    /// tmux server a command starts would inherit Process's exit-watching socket and keep it
    /// open (Process then waits for ever), and it must not inherit the test runner's blocked
    /// signals or other descriptors either. Output goes to a file, never a pipe.
    public static func spawn(_ argv: [String], stdout: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for fd in open where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, environ)
        guard result == 0 else { throw Timeout(description: "cannot start \(argv[0]): error \(result)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status >> 8) & 0xff
    }

    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

