import Foundation
import Testing
@testable import Editor
import SearchSpace

/// The changed-on-disk check before s, and the recovery offer at start, driven through the
/// pure update with the runtime's answers given by hand.
struct SafetyOverlayTests {
    /// The effects of the last keys, then forgotten.
    static func take(_ h: inout Harness) -> [Effect] {
        defer { h.effects = [] }
        return h.effects
    }

    static func writes(_ effects: [Effect]) -> [(path: String, expected: String?)] {
        effects.compactMap {
            if case .write(let request) = $0, request.purpose == .save { return (request.path, request.expected?.text) }
            return nil
        }
    }

    /// An example job with one edit made (learning_rate fixed).
    static func edited() -> Harness {
        var h = Harness()
        h.press("/learning_r<enter>f")
        #expect(h.state.isDirty)
        h.effects = []
        return h
    }

    @Test func sAsksForOneWriteThatTheRuntimeChecksAgainstTheFileAsRead() {
        var h = Self.edited()
        h.state.disk.stamp = FileStamp(size: 1, modifiedSeconds: 2, modifiedNanoseconds: 3, inode: 4)
        h.press("s")
        #expect(Self.take(&h) == [.write(FileWrite(
            path: "job.yml", text: DocumentWriter.save(h.state.document), purpose: .save,
            expected: DiskBaseline(stamp: h.state.disk.stamp, text: h.state.document.originalText)))])
        #expect(h.state.overlay == nil)
    }

    @Test func aFileChangedOnDiskIsNotOverwrittenAndTheOverlayShowsTheirChange() {
        var h = Self.edited()
        let theirs = h.state.document.originalText.replacingOccurrences(of: "max_trials: 20", with: "max_trials: 99")
        #expect(theirs != h.state.document.originalText, "the example job has max_trials: 20")
        h.press("s")
        h.effects = []
        h.answerLastWrite(.conflict(DiskReport(path: "job.yml", verdict: .changed, text: theirs)))
        #expect(Self.writes(h.effects).isEmpty)
        #expect(h.text.contains("File changed on disk"))
        #expect(h.text.contains("job.yml changed on disk since it was opened or last saved (another"))
        #expect(h.text.contains("- ") && h.text.contains("max_trials: 20"))
        #expect(h.text.contains("+ ") && h.text.contains("max_trials: 99"))
        for key in ["r  ", "o  ", "S  ", "esc"] { #expect(h.text.contains("| " + key), "\(key)") }
        // Esc: nothing written, the status says so
        h.press("<esc>")
        #expect(h.state.overlay == nil)
        #expect(h.state.status?.text == "not saved: job.yml keeps the other program's version")
        #expect(Self.writes(h.effects).isEmpty)
        // o: written over whatever is there
        h.press("s")
        h.answerLastWrite(.conflict(DiskReport(path: "job.yml", verdict: .changed, text: theirs)))
        h.effects = []
        h.press("o")
        let writes = Self.writes(Self.take(&h))
        #expect(writes.map(\.path) == ["job.yml"])
        #expect(writes.first?.expected == nil)
    }

    @Test func reloadAsksFirstWhenThereAreEditsAndUndoBringsThemBack() throws {
        var h = Self.edited()
        let mine = h.state.document.space
        let theirs = h.state.document.originalText.replacingOccurrences(of: "max_trials: 20", with: "max_trials: 99")
        h.press("s")
        h.answerLastWrite(.conflict(DiskReport(path: "job.yml", verdict: .changed, text: theirs)))
        h.effects = []
        h.press("r")
        #expect(h.text.contains("Reload job.yml from disk?"))
        #expect(h.effects.isEmpty)
        h.press("n")
        #expect(h.text.contains("File changed on disk"), "n goes back to the question")
        h.press("ry")
        #expect(Self.take(&h) == [.safety(.reload(path: "job.yml"))])
        let stamp = FileStamp(size: 9, modifiedSeconds: 9, modifiedNanoseconds: 9, inode: 9)
        h.send(.safety(.reloaded(path: "job.yml", text: theirs, stamp: stamp, error: nil)))
        #expect(h.state.overlay == nil)
        #expect(!h.state.isDirty)
        #expect(h.state.document.space.job.maxTrials == 99)
        #expect(h.state.disk == DiskBaseline(stamp: stamp, text: nil))
        #expect(h.state.status?.text == "reloaded job.yml as it is on disk (u brings your version back)")
        h.press("u")
        #expect(h.state.document.space == mine)
    }

    @Test func reloadingAFileThatNoLongerReadsKeepsTheEdits() {
        var h = Self.edited()
        let mine = h.state.document.space
        h.press("s")
        h.answerLastWrite(.conflict(DiskReport(path: "job.yml", verdict: .changed, text: "search_space: [{")))
        h.press("ry")
        h.send(.safety(.reloaded(path: "job.yml", text: "search_space: [{", stamp: nil, error: nil)))
        #expect(h.text.contains("Not reloaded:"))
        #expect(h.text.contains("job.yml:2:1: error: not valid YAML or JSON"), "the place of the error")
        #expect(h.text.contains("Your edits are kept."))
        #expect(h.state.document.space == mine)
    }

    @Test func aDeletedFileCannotBeReloadedButCanBeWrittenAgain() {
        var h = Self.edited()
        h.press("s")
        h.answerLastWrite(.conflict(DiskReport(path: "job.yml", verdict: .deleted, text: nil)))
        #expect(h.text.contains("File deleted on disk"))
        #expect(!h.text.contains("| r  "), "reload is not offered")
        h.press("r")
        #expect(h.state.status?.text == "the file is gone: nothing to reload (o writes it again, S saves elsewhere)")
        h.press("S")
        guard case .prompt(.saveAs, _)? = h.state.overlay else {
            Issue.record("S asks for a name: \(String(describing: h.state.overlay))")
            return
        }
    }

    @Test func aSuccessfulSaveSetsTheNewBaselineAndRemovesRecoveryFiles() {
        var h = Self.edited()
        let stamp = FileStamp(size: 5, modifiedSeconds: 6, modifiedNanoseconds: 7, inode: 8)
        let text = DocumentWriter.save(h.state.document)
        h.send(.wrote(WriteOutcome(FileWrite(path: "other.yml", text: text, purpose: .save), .written(stamp))))
        #expect(h.effects == [.safety(.discardRecovery(path: "other.yml")), .safety(.discardRecovery(path: "job.yml"))])
        #expect(h.state.disk == DiskBaseline(stamp: stamp, text: nil))
        #expect(!h.state.isDirty)
    }

    // MARK: recovery at start

    static func entry(_ text: String, path: String? = "/tmp/job.yml") -> RecoveryEntry {
        RecoveryEntry(file: "/state/sweepedit/recovery/job.yml-0.recovery", originalPath: path,
                            savedAt: 1_000_000, text: text)
    }

    /// The example job's text with one edit, as a dying session would have written it.
    static func recoveredText() -> String {
        var h = Harness()
        h.press("/learning_r<enter>f")
        return DocumentWriter.save(h.state.document)
    }

    @Test func recoveryIsOfferedWithWhenAndWhatDiffersThenRecovered() {
        let text = Self.recoveredText()
        var h = Harness()
        h.send(.safety(.recoveryFound(Self.entry(text), now: 1_000_000 + 300)))
        #expect(h.text.contains("Recover unsaved edits?"))
        #expect(h.text.contains("job.yml has unsaved edits from a session that ended without"))
        #expect(h.text.contains("(5 minutes ago)"))
        #expect(h.text.contains("+ ") && h.text.contains("learning_rate: 0.0055"))
        for key in ["r  ", "d  ", "k  ", "esc"] { #expect(h.text.contains("| " + key), "\(key)") }
        h.press("j")
        #expect(h.state.status?.text == "j does nothing here; ? lists every key", "nothing else happens before a choice")
        h.press("r")
        #expect(h.effects == [.safety(.discardRecovery(path: "job.yml"))])
        #expect(h.state.overlay == nil)
        #expect(h.state.isDirty, "recovered edits are unsaved")
        #expect(h.text.contains("job.yml [modified]"))
        #expect(DocumentWriter.save(h.state.document) == text, "s writes exactly what was recovered")
        #expect(h.state.disk.text == Harness.exampleJob, "the file as it is stays the baseline for the disk check")
        h.press("u")
        #expect(!h.state.isDirty, "u goes back to the file's version")
    }

    @Test func aRecoveryThatMatchesTheFileIsRemovedWithoutAsking() {
        var h = Harness()
        h.send(.safety(.recoveryFound(Self.entry(Harness.exampleJob), now: 1_000_000)))
        #expect(h.state.overlay == nil)
        #expect(h.effects == [.safety(.discardRecovery(path: "job.yml"))])
    }

    @Test func discardKeepBothAndLater() {
        let text = Self.recoveredText()
        var h = Harness()
        h.send(.safety(.recoveryFound(Self.entry(text), now: 1_000_000)))
        h.press("d")
        #expect(h.effects == [.safety(.discardRecovery(path: "job.yml"))])
        #expect(!h.state.isDirty)

        h = Harness()
        h.send(.safety(.recoveryFound(Self.entry(text), now: 1_000_000)))
        h.press("k")
        #expect(Self.take(&h) == [.safety(.keepRecovered(path: "job.yml", text: text))])
        h.send(.safety(.keptRecovered(path: "job.yml.recovered", error: nil)))
        #expect(h.effects == [.safety(.discardRecovery(path: "job.yml"))])
        #expect(h.state.status?.text == "your unsaved edits are in job.yml.recovered; the file opened as it is")
        #expect(!h.state.isDirty)

        h = Harness()
        h.send(.safety(.recoveryFound(Self.entry(text), now: 1_000_000)))
        h.press("k")
        h.effects = []
        h.send(.safety(.keptRecovered(path: "job.yml.recovered", error: "job.yml.recovered: cannot write: Permission denied")))
        #expect(h.effects.isEmpty, "the recovery file stays when its copy could not be written")
        #expect(h.text.contains("The recovery file stays"))

        h = Harness()
        h.send(.safety(.recoveryFound(Self.entry(text), now: 1_000_000)))
        h.press("<esc>")
        #expect(h.effects.isEmpty)
        #expect(h.state.status?.text == "the unsaved edits stay in /state/sweepedit/recovery/job.yml-0.recovery until a save")
    }

    @Test func anUnreadableRecoveryStaysOfferedForDiscardOrKeep() {
        var h = Harness()
        h.send(.safety(.recoveryFound(Self.entry("search_space: [{"), now: 1_000_000)))
        h.press("r")
        #expect(h.effects.isEmpty)
        #expect(h.state.status?.tone == .error)
        #expect(h.text.contains("Recover unsaved edits?"))
    }

    @Test func anUntitledSessionIsOfferedItsRecoveryToo() {
        let doc = Document.new()
        var h = Harness()
        h.state = EditorState(document: doc, size: h.size)
        var edited = doc
        edited.space.job.maxTrials = 77
        h.send(.safety(.recoveryFound(Self.entry(DocumentWriter.save(edited), path: nil), now: 1_000_000)))
        #expect(h.text.contains("The new space has unsaved edits from a session that ended without"))
        h.press("r")
        #expect(h.effects == [.safety(.discardRecovery(path: nil))])
        #expect(h.state.document.space.job.maxTrials == 77)
        #expect(h.state.document.path == nil)
        #expect(h.state.isDirty)
    }

    @Test func theChangedOnDiskOverlayAt80x24() {
        var h = Self.edited()
        let theirs = h.state.document.originalText.replacingOccurrences(of: "max_trials: 20", with: "max_trials: 99")
        h.press("s")
        h.answerLastWrite(.conflict(DiskReport(path: "/some/where/job.yml", verdict: .changed, text: theirs)))
        print(h.text)
        #expect(h.lines.count == 24)
        #expect(h.footer.contains("r reload") && h.footer.contains("o overwrite"))
    }
}
