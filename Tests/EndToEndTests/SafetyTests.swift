import Foundation
import Testing
import TestSupport

/// The real binary in tmux, killed the ways a session dies: SIGHUP (the SSH connection
/// dropped) and SIGTERM after an edit, SIGINT from `kill -INT`; and the file changed by
/// another program while it is open. Each test has its own XDG_STATE_HOME, so recovery
/// files never meet. Every wait polls; nothing sleeps a fixed time. Serialized: Foundation's
/// Process.waitUntilExit was seen to hang when two tests started tmux at the same moment.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct SafetyTests {
    static let example = PackageRoot.exampleJob

    /// A copy of the example job, a state folder for recovery files, and the environment.
    struct Setup {
        let file: String
        let original: String
        let state: String
        var environment: [String: String] { ["TERM": "xterm-256color", "XDG_STATE_HOME": state, "LANG": "C.UTF-8"] }
        /// Where README.md says recovery files go.
        var recoveryFolder: String { state + "/sweepedit/recovery" }

        /// The text of the recovery file for job.yml (after its header line), nil when none.
        var recovered: String? {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: recoveryFolder)) ?? []
            guard let name = names.first(where: { $0.hasPrefix("job.yml-") && $0.hasSuffix(".recovery") }),
                  let text = try? String(contentsOfFile: recoveryFolder + "/" + name, encoding: .utf8),
                  text.hasPrefix("#sweepedit-recovery v1 "), let newline = text.firstIndex(of: "\n") else { return nil }
            return String(text[text.index(after: newline)...])
        }

        init() throws {
            original = try String(contentsOf: SafetyTests.example, encoding: .utf8)
            let folder = try TemporaryFolder.make()
            file = folder.appendingPathComponent("job.yml").path
            try original.write(toFile: file, atomically: false, encoding: .utf8)
            state = folder.appendingPathComponent("state").path
        }
    }

    /// Opens the file and fixes learning_rate (an unsaved edit).
    static func openAndEdit(_ setup: Setup, shell: [String]? = nil) throws -> TmuxSession {
        let tmux = try TmuxSession(shell ?? [Binary.path, setup.file], environment: setup.environment)
        try tmux.waitFor("subspace 1/2")
        try tmux.fixLearningRate()
        try tmux.waitFor("[modified]")
        return tmux
    }

    /// What the ended program printed after restoring the terminal: polls its pane's whole
    /// transcript for `text`.
    static func lastWords(of tmux: TmuxSession, containing text: String) throws -> String {
        var said = ""
        try waitUntil("'\(text)' after the exit") {
            said = (try? tmux.transcript()) ?? ""
            return said.contains(text)
        }
        return said
    }

    /// Polls until `condition` holds (a file appears, a process ends).
    static func waitUntil(_ what: String, seconds: Double = 10, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return }
            usleep(20_000)
        }
        throw TmuxSession.Timeout(description: "timed out waiting for \(what)")
    }

    @Test func sighupLeavesTheFileAloneAndTheNextStartRecoversTheEdit() throws {
        let setup = try Setup()
        let tmux = try Self.openAndEdit(setup)
        let pid = try tmux.panePID()
        #expect(kill(pid, SIGHUP) == 0)
        try tmux.waitForExit()
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == setup.original, "the signal never touches the file")
        let recovered = try #require(setup.recovered, "a recovery file in \(setup.recoveryFolder)")
        #expect(recovered.contains("learning_rate: 0.0055"))

        // the next start offers it, with what differs; r recovers it, unsaved
        let again = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        let offer = try again.waitFor("Recover unsaved edits?")
        #expect(offer.contains("job.yml has unsaved edits from a session that ended without"))
        #expect(offer.contains("+     learning_rate: 0.0055"), "\(offer)")
        #expect(offer.contains("r     recover them"))
        try again.type("r")
        let screen = try again.waitFor("recovered your unsaved edits")
        #expect(screen.contains("job.yml [modified]"))
        #expect(screen.contains("fixed 0.0055"))
        #expect(setup.recovered != nil, "the recovery file stays until a save holds its edits")
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == setup.original, "recovering does not save")
        try again.type("s")
        try again.waitFor(" saved /")
        #expect(setup.recovered == nil, "the save holds the recovered edits: their recovery file is removed")
        try again.type("q")
        try again.waitForExit()
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8).contains("learning_rate: 0.0055"))
    }

    @Test func keepBothWritesTheRecoveredTextBesideTheFile() throws {
        let setup = try Setup()
        let tmux = try Self.openAndEdit(setup)
        #expect(kill(try tmux.panePID(), SIGHUP) == 0)
        try tmux.waitForExit()
        let again = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        try again.waitFor("Recover unsaved edits?")
        try again.type("k")
        try again.waitFor("your unsaved edits are in")
        let kept = try String(contentsOfFile: setup.file + ".recovered", encoding: .utf8)
        #expect(kept.contains("learning_rate: 0.0055"))
        #expect(setup.recovered == nil)
        #expect(try again.screen().contains("[modified]") == false, "the file opened as it is")
        try again.type("q")
        try again.waitForExit()
    }

    @Test func sigtermLeavesTheTerminalSane() throws {
        let setup = try Setup()
        let stty = setup.state + "-stty.txt"
        // a shell runs the editor, then reports the terminal's settings once it has gone
        let script = "\"$0\" \"$1\"; echo \"editor exited $?\"; stty -a > \"$2\"; echo stty-done; exec sleep 600"
        let tmux = try Self.openAndEdit(setup, shell: ["/bin/sh", "-c", script, Binary.path, setup.file, stty])
        let editor = try #require(Self.child(of: try tmux.panePID()), "the editor's process")
        #expect(kill(editor, SIGTERM) == 0)
        let after = try tmux.waitFor("stty-done")
        #expect(after.contains("editor exited 143"), "ended by SIGTERM (128 + 15)")
        let settings = try String(contentsOfFile: stty, encoding: .utf8)
        let flags = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
            #expect(flags.contains(flag) && !flags.contains("-" + flag), "\(flag) is on after SIGTERM:\n\(settings)")
        }
        #expect(setup.recovered != nil, "SIGTERM with an unsaved edit writes a recovery file")
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == setup.original)
    }

    @Test func sigintWithUnsavedChangesWritesARecoveryFile() throws {
        let setup = try Setup()
        let tmux = try Self.openAndEdit(setup)
        // Ctrl-C is a key in the editor (raw mode); `kill -INT` is the signal
        try tmux.press("C-c")
        try tmux.waitFor("C-c does nothing here")
        #expect(try tmux.hasExited() == false)
        #expect(kill(try tmux.panePID(), SIGINT) == 0)
        try tmux.waitForExit()
        #expect(setup.recovered?.contains("learning_rate: 0.0055") == true)
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == setup.original)
        // and the restored terminal says where the edits went
        let said = try Self.lastWords(of: tmux, containing: "unsaved edits kept in")
        #expect(said.contains("kept in " + setup.recoveryFolder + "/job.yml-"), "\(said)")
    }

    /// A state folder that cannot be made (here: a file is in the way): the edits go to the
    /// private folder under $TMPDIR, and the restored terminal says why.
    @Test func aStateFolderThatCannotBeMadeSendsTheRecoveryToTMPDIR() throws {
        let setup = try Setup()
        try "not a folder".write(toFile: setup.state, atomically: false, encoding: .utf8)
        let temporary = setup.state + "-tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let tmux = try TmuxSession([Binary.path, setup.file], environment: setup.environment.merging(["TMPDIR": temporary]) { $1 })
        try tmux.waitFor("subspace 1/2")
        try tmux.fixLearningRate()
        #expect(kill(try tmux.panePID(), SIGTERM) == 0)
        try tmux.waitForExit()
        let said = try Self.lastWords(of: tmux, containing: "unsaved edits kept in")
        #expect(said.contains("cannot create the folder: Not a directory"), "\(said)")
        #expect(said.contains("kept in \(temporary)/sweepedit-\(geteuid())/recovery/job.yml-"), "\(said)")
    }

    /// When neither the state folder nor $TMPDIR can hold them, the edits are lost, and the
    /// user is told so (with both reasons) on the restored terminal rather than finding
    /// nothing next time.
    @Test func aRecoveryFileThatCannotBeWrittenIsReported() throws {
        let setup = try Setup()
        try "not a folder".write(toFile: setup.state, atomically: false, encoding: .utf8)
        try "not a folder either".write(toFile: setup.state + "-tmp", atomically: false, encoding: .utf8)
        let tmux = try TmuxSession([Binary.path, setup.file],
                                   environment: setup.environment.merging(["TMPDIR": setup.state + "-tmp"]) { $1 })
        try tmux.waitFor("subspace 1/2")
        try tmux.fixLearningRate()
        #expect(kill(try tmux.panePID(), SIGTERM) == 0)
        try tmux.waitForExit()
        let said = try Self.lastWords(of: tmux, containing: "unsaved edits lost, no recovery file")
        #expect(said.contains("cannot create the folder"), "\(said)")
        #expect(said.contains(setup.state + "-tmp"), "both reasons: \(said)")
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == setup.original)
    }

    @Test func aSignalWithoutUnsavedChangesLeavesNoRecoveryFile() throws {
        let setup = try Setup()
        let tmux = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        try tmux.waitFor("subspace 1/2")
        #expect(kill(try tmux.panePID(), SIGHUP) == 0)
        try tmux.waitForExit()
        #expect(setup.recovered == nil)
    }

    @Test func aFileChangedOnDiskIsKeptUntilOverwriteIsChosen() throws {
        let setup = try Setup()
        let tmux = try Self.openAndEdit(setup)
        let theirs = setup.original.replacingOccurrences(of: "max_trials: 20", with: "max_trials: 30")
        try theirs.write(toFile: setup.file, atomically: false, encoding: .utf8)
        try tmux.type("s")
        let overlay = try tmux.waitFor("File changed on disk")
        #expect(overlay.contains("-   max_trials: 20"), "\(overlay)")
        #expect(overlay.contains("+   max_trials: 30"), "\(overlay)")
        #expect(overlay.contains("o     overwrite it with your version"))
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == theirs, "nothing written")
        try tmux.press("Escape")
        try tmux.waitFor("not saved: job.yml keeps the other program's version")
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == theirs)
        try tmux.type("s")
        try tmux.waitFor("File changed on disk")
        try tmux.type("o")
        try tmux.waitFor(" saved /")
        let saved = try String(contentsOfFile: setup.file, encoding: .utf8)
        #expect(saved.contains("learning_rate: 0.0055"))
        #expect(saved.contains("max_trials: 20"), "o writes your version over theirs")
        // the saved file is the new baseline: another s writes without asking
        try tmux.type("x")
        try tmux.waitFor("[modified]")
        try tmux.type("s")
        let again = try tmux.waitForGone("[modified]")
        #expect(again.contains(" saved /"))
        #expect(!again.contains("File changed on disk"))
        try tmux.type("q")
        try tmux.waitForExit()
    }

    @Test func reloadTakesTheirVersionAfterAsking() throws {
        let setup = try Setup()
        let tmux = try Self.openAndEdit(setup)
        let theirs = setup.original.replacingOccurrences(of: "max_trials: 20", with: "max_trials: 30")
        try theirs.write(toFile: setup.file, atomically: false, encoding: .utf8)
        try tmux.type("s")
        try tmux.waitFor("File changed on disk")
        try tmux.type("r")
        try tmux.waitFor("Reload job.yml from disk?")
        try tmux.type("y")
        let reloaded = try tmux.waitFor("reloaded ")
        #expect(!reloaded.contains("[modified]"))
        #expect(try String(contentsOfFile: setup.file, encoding: .utf8) == theirs)
        try tmux.type("q")
        try tmux.waitForExit()
    }

    /// The one child process of `parent` (Linux /proc).
    static func child(of parent: pid_t) -> pid_t? {
        var found: pid_t?
        try? waitUntil("the editor to start") {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            for entry in entries where entry.allSatisfy(\.isNumber) {
                guard let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                      let close = stat.lastIndex(of: ")") else { continue }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                if fields.count > 1, Int32(fields[1]) == parent, let pid = Int32(entry) {
                    found = pid
                    return true
                }
            }
            return false
        }
        return found
    }
}

