import Foundation
import Testing

/// The real binary in tmux on the terminals people have: the preview and its re-roll, NO_COLOR,
/// a vt100 and other TERM values, a resize from tiny to huge and back, and East Asian wide
/// characters in values. Every wait polls the screen; nothing sleeps a fixed time.
@Suite(.enabled(if: TmuxPane.isAvailable, "tmux is not installed"))
struct TerminalRobustnessTests {
    static let example = Binary.packageRoot.appendingPathComponent("Examples/image-classification-job.yml").path
    /// A UTF-8 locale, so the choice of glyphs is the terminal type's, not the locale's.
    static let utf8 = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    func start(term: String, _ extra: [String: String] = [:], file: String = example,
               width: Int = 80, height: Int = 24) throws -> TmuxPane {
        var environment = Self.utf8.merging(extra) { $1 }
        environment["TERM"] = term
        return try TmuxPane([Binary.path, file], width: width, height: height, environment: environment)
    }

    /// The table rows of the preview: the lines after its heading that start with a trial number.
    static func tableRows(_ screen: String) -> [String] {
        let lines = screen.components(separatedBy: "\n")
        guard let heading = lines.firstIndex(where: { $0.contains("#  sub") }) else { return [] }
        return lines[(heading + 1)...].prefix { $0.trimmingCharacters(in: .whitespaces).first?.isNumber == true }.map { $0 }
    }

    @Test func thePreviewShowsTrialsAndRReRollsTheSeed() throws {
        let tmux = try start(term: "xterm-256color")
        try tmux.waitFor("subspace 1/2")
        try tmux.type("p")
        let first = try tmux.waitFor("preview · random · seed 0 · 200 trials · r re-rolls")
        let before = Self.tableRows(first)
        #expect(before.count == 5, "\(first)")
        try tmux.type("r")
        let second = try tmux.waitFor("a new seed") { $0.contains("preview · random · seed ") && !$0.contains("seed 0 ·") }
        let seed = second.components(separatedBy: "preview · random · seed ").dropFirst().first?
            .prefix { $0.isNumber }.description ?? ""
        #expect(!seed.isEmpty && seed != "0")
        #expect(second.contains("sweepedit sample --seed \(seed) draws the same trials"))
        let after = Self.tableRows(second)
        #expect(after.count == 5)
        #expect(after != before, "new draws:\n\(second)")

        // the CLI with the same seed draws the same first trial
        let cli = try Binary.run(["sample", Self.example, "-n", "1", "--seed", seed, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]]
        let config = json?.first?["config"] as? [String: Any]
        let model = config?["model_name"] as? String ?? "?"
        let rate = config?["learning_rate"] as? Double ?? .nan
        let cells = after.first?.split(separator: " ").map(String.init) ?? []
        #expect(cells.count >= 4)
        if cells.count >= 4 {
            #expect(cells[2] == model, "\(after[0]) vs \(cli.stdout)")
            #expect(Double(cells[3]) == Double(String(format: "%.4g", rate)), "\(after[0]) vs \(cli.stdout)")
        }

        try tmux.type("p")
        try tmux.waitForGone("preview ·")
        try tmux.type("q")
        try tmux.waitForExit()
    }

    @Test func noColorLeavesOnlyAttributes() throws {
        let plain = try start(term: "xterm-256color", ["NO_COLOR": "1"])
        try plain.waitFor("subspace 1/2")
        try plain.type("p")
        try plain.waitFor("preview · random")
        let codes = try SGR.codes(in: plain.screenWithEscapes())
        #expect(codes.contains(7) || codes.contains(1), "attributes show the header and selection: \(codes)")
        #expect(codes.filter(SGR.isColour).isEmpty, "colour codes under NO_COLOR: \(codes.filter(SGR.isColour))")

        // the same screen with colours allowed has them: the check can see colour
        let coloured = try start(term: "xterm-256color")
        try coloured.waitFor("subspace 1/2")
        try coloured.type("p")
        try coloured.waitFor("preview · random")
        #expect(!(try SGR.codes(in: coloured.screenWithEscapes())).filter(SGR.isColour).isEmpty)
    }

    @Test func aVT100GetsASCIIOnly() throws {
        let tmux = try start(term: "vt100")
        try tmux.waitFor("subspace 1/2")
        try tmux.type("jp")
        let screen = try tmux.waitFor("preview . random . seed 0")
        let lines = screen.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "\n" || $0.value >= 32) }, "\(screen)")
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.first?.hasPrefix(" image-classification-job.yml . subspace 1/2") == true, "\(screen)")
        #expect(lines.contains { $0.hasPrefix(">  learning_rate ") })
        // the sparkline of learning_rate in ASCII: its range around a ramp of . : - = + * #
        let spark = lines.first { $0.hasPrefix(" learning_rate 0.00") } ?? ""
        #expect(spark.contains("#"), "\(screen)")
        #expect(lines.last?.hasSuffix("? help  q quit") == true)
    }

    @Test(arguments: ["screen", "tmux-256color", "linux", "xterm-256color"])
    func startsAndDrawsOn(term: String) throws {
        let tmux = try start(term: term)
        let screen = try tmux.waitFor("? help  q quit")
        #expect(screen.contains("subspace 1/2"))
        #expect(screen.contains(">  model_name"))
        try tmux.type("p")
        let preview = try tmux.waitFor("the preview") { $0.contains(" preview ") && $0.contains("200 trials") }
        if term == "linux" {
            #expect(preview.unicodeScalars.allSatisfy { $0.isASCII }, "the console font has no line drawing")
        } else {
            #expect(preview.contains("preview · random"))
        }
        try tmux.type("q")
        try tmux.waitForExit()
    }

    @Test func resizeFromTinyToHugeAndBackKeepsTheScreen() throws {
        let tmux = try start(term: "xterm-256color")
        try tmux.waitFor("subspace 1/2")
        try tmux.type("jp")
        let initial = try tmux.waitFor("preview · random · seed 0")
        try tmux.resize(width: 20, height: 5)
        try tmux.waitFor("window too small")
        try tmux.resize(width: 200, height: 60)
        let huge = try tmux.waitFor("the wide layout") {
            $0.contains("enable_onnx_normalization") && $0.contains("preview · random") && !$0.contains("too small")
        }
        let lines = huge.components(separatedBy: "\n")
        #expect(lines.contains { $0.count > 150 }, "the preview beside the list")
        #expect(lines.contains { $0.hasPrefix(">  learning_rate") }, "\(huge)")
        #expect(lines.count > 1 && lines[1].contains("learning_rate · number"), "the detail pane beside the list:\n\(huge)")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("the 80x24 screen as it was") { $0 == initial }
        #expect(try tmux.hasExited() == false)
        try tmux.type("q")
        try tmux.waitForExit()
    }

    @Test func wideCharactersKeepTheTableAligned() throws {
        let file = try Binary.temporaryFile("space.yml", """
            search_space:
              - model_name:
                  type: choice
                  values: ['模型a', resnet50]
                number_of_epochs:
                  type: choice
                  values: [10, 20]
            """)
        let tmux = try start(term: "xterm-256color", file: file)
        try tmux.waitFor("subspace 1/1")
        try tmux.type("p")
        let screen = try tmux.waitFor("模型a ")
        let lines = screen.components(separatedBy: "\n")
        let heading = lines.first { $0.contains("#  sub") } ?? ""
        let column = Width.columns(heading.components(separatedBy: "number_of_epochs").first ?? "")
        let rows = Self.tableRows(screen)
        #expect(rows.count == 5)
        #expect(rows.contains { $0.contains("模型a") } && rows.contains { $0.contains("resnet50") })
        for row in rows {
            let epochs = row.split(separator: " ").last.map(String.init) ?? ""
            let start = Width.columns(String(row.dropLast(epochs.count)))
            #expect(start == column, "\(screen)")
        }
        #expect(lines.allSatisfy { Width.columns($0) <= 80 })
        #expect(screen.contains("模型a      "), "the list row of the choice too: \(screen)")
    }
}

/// SGR (Select Graphic Rendition) parameters in captured output.
enum SGR {
    /// Every parameter of every `ESC [ ... m` sequence, in order (an empty one counts as 0).
    static func codes(in text: String) -> [Int] {
        var codes: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            rest = rest.dropFirst(body.count)
            guard rest.first == "m" else { continue }
            codes += body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        }
        return codes
    }

    /// Foreground or background colours (8, bright, 256 and RGB forms). 39 and 49, which put
    /// back the terminal's own colours, are not colours and are allowed.
    static func isColour(_ code: Int) -> Bool {
        (30...38).contains(code) || (40...48).contains(code) || (90...97).contains(code) || (100...107).contains(code)
    }
}

/// Terminal columns of text, as a person counts them: East Asian wide characters take two.
enum Width {
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, s in
            switch s.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                return sum + 2
            default:
                return sum + 1
            }
        }
    }
}

/// A program in a detached tmux session on its own server socket, driven as a person would:
/// keys in (`send-keys`), the screen out (`capture-pane`). tmux is run with posix_spawn and
/// waitpid and no signal blocked: Foundation's Process never sees `tmux new-session -d` end on
/// Linux (the server it leaves behind keeps the descriptor Process waits on), and it passes the
/// test thread's blocked signals on, so the program under test would never see SIGWINCH.
final class TmuxPane {
    let socket = "sweepedit-rob-\(UUID().uuidString.prefix(8))"
    static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/tmux"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: tmuxPath) }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(_ command: [String], width: Int, height: Int, environment: [String: String]) throws {
        let line = (environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" } + command.map(Self.quote))
            .joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "exec env " + line])
        try tmux(["set-option", "-t", "e2e", "remain-on-exit", "on"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", "e2e", "-l", text]) }
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "e2e"]) }
    /// The screen with its escape sequences (colours and attributes), as `capture-pane -e`.
    func screenWithEscapes() throws -> String { try tmux(["capture-pane", "-e", "-p", "-t", "e2e"]) }
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }
    func hasExited() throws -> Bool { try tmux(["display-message", "-p", "-t", "e2e", "#{pane_dead}"]).hasPrefix("1") }

    /// Polls the screen until `predicate` holds; throws with the last screen after `seconds`.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 15, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(20_000)
        }
        throw Failure(description: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15) throws -> String {
        try waitFor("'\(text)'", seconds: seconds) { $0.contains(text) }
    }

    func waitForGone(_ text: String) throws { try waitFor("'\(text)' to go") { !$0.contains(text) } }

    func waitForExit() throws {
        try waitFor("the program to end") { _ in (try? self.hasExited()) == true }
    }

    /// Runs tmux on this pane's server; returns what it printed.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [Self.tmuxPath, "-L", socket] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        // a test runs on a thread that blocks signals; the server and the program under test
        // would inherit that mask and never see SIGWINCH: start tmux with nothing blocked
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let spawned = posix_spawn(&pid, Self.tmuxPath, &actions, &attributes, &cArgs, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
