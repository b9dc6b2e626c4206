import Foundation
import Testing
import TestSupport

/// Recovery files are never lost (issue 13 items 3, 6, 11, 19): one per session, all offered,
/// removed only by the user's choice or a save of their edits; private modes and folders; a
/// relative XDG_STATE_HOME; a value typed but not committed; unreadable recovery files said.
/// The real binary in tmux, killed by signals, as SafetyTests does.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct RecoveryFilesTests {
    typealias Setup = SafetyTests.Setup

    /// The recovery files of job.yml in a folder (full paths, sorted), and their texts.
    static func recoveries(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix("job.yml-") && $0.hasSuffix(".recovery") }.sorted().map { folder + "/" + $0 }
    }

    static func text(_ file: String) -> String { (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    /// Opens job.yml, makes one edit (keys typed after the list shows), and sends SIGHUP.
    static func editAndHangUp(_ setup: Setup, environment: [String: String]? = nil, _ edit: (TmuxSession) throws -> Void) throws -> TmuxSession {
        let tmux = try TmuxSession([Binary.path, setup.file], environment: environment ?? setup.environment)
        let first = try tmux.waitFor("the list or an offer") { $0.contains("Recover unsaved edits?") || $0.contains("subspace 1/2") && !$0.contains("+--") }
        if first.contains("Recover unsaved edits?") {
            try tmux.press("Escape")  // decide later
            try tmux.waitFor("the next start offers")
        }
        try edit(tmux)
        try tmux.waitFor("[modified]")
        #expect(kill(try tmux.panePID(), SIGHUP) == 0)
        try tmux.waitForExit()
        return tmux
    }

    /// Fixes learning_rate (0.0055).
    static func fixLearningRate(_ tmux: TmuxSession) throws { try tmux.fixLearningRate() }

    /// Unsets momentum: another edit of the same file.
    static func unsetMomentum(_ tmux: TmuxSession) throws {
        try tmux.type("/momentum")
        try tmux.waitFor("filter: momentum")
        try tmux.press("Enter")
        try tmux.waitFor("filter: momentum (Esc clears)")
        try tmux.type("x")
    }

    @Test func twoSessionsKeepTwoRecoveryFilesAndTheNextStartOffersBoth() throws {
        let setup = try Setup()
        _ = try Self.editAndHangUp(setup, Self.fixLearningRate)
        _ = try Self.editAndHangUp(setup, Self.unsetMomentum)
        let files = Self.recoveries(in: setup.recoveryFolder)
        try #require(files.count == 2, "one recovery file per session: \(files)")
        #expect(files.contains { Self.text($0).contains("learning_rate: 0.0055") })
        #expect(files.contains { !Self.text($0).contains("momentum") })
        for file in files { #expect(Self.mode(file) == 0o600, "\(file) is private") }
        #expect(Self.mode(setup.recoveryFolder) == 0o700)
        #expect(Self.mode(setup.state + "/sweepedit") == 0o700)

        // the next start lists both, each with its time and what it changes; d removes the chosen one only
        let again = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        let offer = try again.waitFor("Recover unsaved edits?")
        #expect(offer.contains("job.yml has unsaved edits from 2 sessions"), "\(offer)")
        #expect(offer.contains("> ") && offer.contains("(just now): - "), "the newest (momentum unset) is chosen:\n\(offer)")
        try again.press("Up")
        let first = try again.waitFor("+ learning_rate: 0.0055") { $0.contains("> ") && $0.contains("+     learning_rate: 0.0055") }
        #expect(first.contains("What the chosen one changes:"))
        try again.type("d")
        try again.waitFor("discarded the unsaved edits")
        #expect(Self.recoveries(in: setup.recoveryFolder).count == 1)
        #expect(!Self.recoveries(in: setup.recoveryFolder).contains { Self.text($0).contains("learning_rate: 0.0055") })
        // the other is still on offer; Esc decides later, it stays
        let rest = try again.waitFor("Recover unsaved edits?")
        #expect(rest.contains("from a session that ended without"), "\(rest)")
        try again.press("Escape")
        try again.waitFor("the next start offers")
        let kept = Self.recoveries(in: setup.recoveryFolder)
        #expect(kept.count == 1)

        // a new edit plus SIGHUP writes a new file; the older one stays as it was
        try Self.fixLearningRate(again)
        try again.waitFor("[modified]")
        #expect(kill(try again.panePID(), SIGHUP) == 0)
        try again.waitForExit()
        let now = Self.recoveries(in: setup.recoveryFolder)
        #expect(now.count == 2, "\(now)")
        #expect(Set(kept).isSubset(of: Set(now)))
        #expect(Self.text(kept[0]).contains("learning_rate: 0.0055") == false, "the older recovery was not overwritten")
    }

    @Test func aSaveRemovesOnlyTheRecoveryWhoseEditsItSaved() throws {
        let setup = try Setup()
        _ = try Self.editAndHangUp(setup, Self.fixLearningRate)
        _ = try Self.editAndHangUp(setup, Self.unsetMomentum)
        let tmux = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        try tmux.waitFor("from 2 sessions")
        try tmux.press("Up")
        try tmux.waitFor("chosen learning_rate") { $0.contains("+     learning_rate: 0.0055") }
        try tmux.type("r")
        try tmux.waitFor("recovered your edits (s saves, u undoes); 1 other recovery file stays")
        #expect(Self.recoveries(in: setup.recoveryFolder).count == 2, "r alone removes nothing: the edits are not saved yet")
        try tmux.type("s")
        try tmux.waitFor(" saved /")
        let left = Self.recoveries(in: setup.recoveryFolder)
        #expect(left.count == 1, "the save removed the recovery it saved, not the other session's")
        #expect(left.allSatisfy { !Self.text($0).contains("learning_rate: 0.0055") })
        try tmux.type("q")
        try tmux.waitForExit()
    }

    @Test func aSaveInAnotherSessionLeavesADeadSessionsRecovery() throws {
        let setup = try Setup()
        _ = try Self.editAndHangUp(setup, Self.fixLearningRate)
        let tmux = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        try tmux.waitFor("Recover unsaved edits?")
        try tmux.press("Escape")
        try Self.unsetMomentum(tmux)
        try tmux.waitFor("[modified]")
        try tmux.type("s")
        try tmux.waitFor(" saved /")
        let left = Self.recoveries(in: setup.recoveryFolder)
        #expect(left.count == 1 && Self.text(left[0]).contains("learning_rate: 0.0055"), "\(left)")
        try tmux.type("q")
        try tmux.waitForExit()
    }

    /// A state folder writable by others (or another user's) is refused: the recovery goes to
    /// a private folder under $TMPDIR, the restored terminal says why, the next start finds it.
    @Test func aStateFolderWritableByOthersIsRefused() throws {
        let setup = try Setup()
        try FileManager.default.createDirectory(atPath: setup.recoveryFolder, withIntermediateDirectories: true)
        chmod(setup.recoveryFolder, 0o777)
        let temporary = setup.state + "-tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        var environment = setup.environment
        environment["TMPDIR"] = temporary
        let tmux = try Self.editAndHangUp(setup, environment: environment, Self.fixLearningRate)
        let said = try SafetyTests.lastWords(of: tmux, containing: "unsaved edits kept in")
        #expect(said.contains("refused: the folder is writable by others (mode 777)"), "\(said)")
        #expect(Self.recoveries(in: setup.recoveryFolder).isEmpty, "nothing written where others can write")
        let fallback = temporary + "/sweepedit-\(geteuid())/recovery"
        let files = Self.recoveries(in: fallback)
        #expect(files.count == 1 && said.contains("kept in " + fallback + "/job.yml-"), "\(said)")
        #expect(files.allSatisfy { Self.mode($0) == 0o600 })
        #expect(Self.mode(fallback) == 0o700 && Self.mode(temporary + "/sweepedit-\(geteuid())") == 0o700)
        // the next start offers it from there
        let again = try TmuxSession([Binary.path, setup.file], environment: environment)
        try again.waitFor("Recover unsaved edits?")
        try again.type("d")
        try again.waitFor("discarded the unsaved edits")
        #expect(Self.recoveries(in: fallback).isEmpty)
    }

    @Test(.enabled(if: geteuid() == 0, "chown needs root")) func aStateFolderOfAnotherUserIsRefused() throws {
        let setup = try Setup()
        try FileManager.default.createDirectory(atPath: setup.recoveryFolder, withIntermediateDirectories: true)
        chmod(setup.recoveryFolder, 0o700)
        chown(setup.recoveryFolder, 65534, 65534)
        var environment = setup.environment
        environment["TMPDIR"] = setup.state + "-tmp"
        let tmux = try Self.editAndHangUp(setup, environment: environment, Self.fixLearningRate)
        let said = try SafetyTests.lastWords(of: tmux, containing: "unsaved edits kept in")
        #expect(said.contains("refused: the folder belongs to user 65534, not to you"), "\(said)")
        #expect(Self.recoveries(in: setup.recoveryFolder).isEmpty)
    }

    /// The recovery file of a 0600 file is 0600, and so is one of a 0644 file (never wider).
    @Test func recoveryFilesArePrivateWhateverTheFilesMode() throws {
        let setup = try Setup()
        chmod(setup.file, 0o666)
        _ = try Self.editAndHangUp(setup, Self.fixLearningRate)
        let files = Self.recoveries(in: setup.recoveryFolder)
        #expect(files.count == 1 && files.allSatisfy { Self.mode($0) == 0o600 }, "\(files.map { String(Self.mode($0), radix: 8) })")
    }

    /// k writes the recovered edits beside a 0600 file: the copy is 0600 too, never wider.
    @Test func keepBothOfAPrivateFileIsPrivate() throws {
        let setup = try Setup()
        chmod(setup.file, 0o600)
        _ = try Self.editAndHangUp(setup, Self.fixLearningRate)
        let again = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        try again.waitFor("Recover unsaved edits?")
        try again.type("k")
        try again.waitFor("your unsaved edits are in")
        #expect(Self.mode(setup.file + ".recovered") == 0o600, "\(String(Self.mode(setup.file + ".recovered"), radix: 8))")
        try again.type("q")
        try again.waitForExit()
    }

    /// XDG says a relative XDG_STATE_HOME is ignored: the default under HOME is used.
    @Test func aRelativeStateHomeIsIgnored() throws {
        let setup = try Setup()
        let home = setup.state + "-home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var environment = setup.environment
        environment["XDG_STATE_HOME"] = "relative/state"
        environment["HOME"] = home
        let tmux = try Self.editAndHangUp(setup, environment: environment, Self.fixLearningRate)
        let said = try SafetyTests.lastWords(of: tmux, containing: "unsaved edits kept in")
        let folder = home + "/.local/state/sweepedit/recovery"
        #expect(said.contains("kept in " + folder), "\(said)")
        #expect(Self.recoveries(in: folder).count == 1)
    }

    /// A value typed but not committed with Enter is kept as typed: in the text when it means
    /// a value, beside it (and shown at the next start) when it does not yet.
    @Test func aValueTypedButNotCommittedIsKept() throws {
        let setup = try Setup()
        let tmux = try SafetyTests.openAndEdit(setup)
        try tmux.press("Enter")
        try tmux.waitFor("fixed: value [0.0055]")
        try tmux.press("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("0.0077")
        try tmux.waitFor("fixed 0.0077")
        #expect(kill(try tmux.panePID(), SIGTERM) == 0)
        try tmux.waitForExit()
        #expect(setup.recovered?.contains("learning_rate: 0.0077") == true, "\(setup.recovered ?? "no recovery")")

        // a bound that is not a number yet cannot be in the text: it is kept beside it, as typed
        let second = try Setup()
        let typing = try TmuxSession([Binary.path, second.file], environment: second.environment)
        try typing.waitFor("subspace 1/2")
        try typing.type("/learning_r")
        try typing.waitFor("filter: learning_r")
        try typing.press("Enter")
        try typing.waitFor("filter: learning_r (Esc clears)")
        try typing.press("Enter")
        try typing.waitFor("uniform: min_value [0.001]")
        try typing.press("End")  // entering a field selects its text: End keeps it, to add to it
        try typing.type("x")
        try typing.waitFor("min_value: '0.001x' is not a number")
        #expect(kill(try typing.panePID(), SIGHUP) == 0)
        try typing.waitForExit()
        let file = try #require(Self.recoveries(in: second.recoveryFolder).first, "typed text alone is worth a recovery file")
        #expect(Self.text(file).contains("min_value \\\"0.001x\\\""), "the typed text is in the header:\n\(Self.text(file))")
        let again = try TmuxSession([Binary.path, second.file], environment: second.environment)
        let offer = try again.waitFor("Recover unsaved edits?")
        #expect(offer.contains("Being typed, not a value yet"), "\(offer)")
        #expect(offer.contains("min_value \"0.001x\""), "\(offer)")
    }

    /// A recovery file that cannot be read is named once at start, with why, and left alone.
    @Test func anUnreadableRecoveryFileIsSaidAndKept() throws {
        let setup = try Setup()
        _ = try Self.editAndHangUp(setup, Self.fixLearningRate)
        let good = try #require(Self.recoveries(in: setup.recoveryFolder).first)
        let bad = good.replacingOccurrences(of: ".recovery", with: "").replacingOccurrences(of: #"\.[0-9]+-[0-9]+$"#, with: ".1-2", options: .regularExpression) + ".recovery"
        try "no header here\n".write(toFile: bad, atomically: false, encoding: .utf8)
        let tmux = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        let offer = try tmux.waitFor("Recover unsaved edits?")
        #expect(offer.contains("Cannot read"), "\(offer)")
        #expect(offer.contains("not a sweepedit recovery header") || offer.contains("recovery header"), "\(offer)")
        try tmux.type("d")
        try tmux.waitFor("discarded")
        #expect(FileManager.default.fileExists(atPath: bad), "never removed")
        try tmux.type("q")
        try tmux.waitForExit()
        // alone, it is a message
        let alone = try TmuxSession([Binary.path, setup.file], environment: setup.environment)
        let message = try alone.waitFor("cannot be read")
        #expect(message.contains("left as they are"), "\(message)")
        #expect(FileManager.default.fileExists(atPath: bad))
    }
}
