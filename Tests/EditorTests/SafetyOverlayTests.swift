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

    @Test func aSuccessfulSaveSetsTheNewBaselineAndLeavesOtherSessionsRecoveries() {
        var h = Self.edited()
        let stamp = FileStamp(size: 5, modifiedSeconds: 6, modifiedNanoseconds: 7, inode: 8)
        let text = DocumentWriter.save(h.state.document)
        h.send(.wrote(WriteOutcome(FileWrite(path: "other.yml", text: text, purpose: .save), .written(stamp))))
        #expect(h.effects == [], "no recovery was recovered here: another session's recovery file is not this save's")
        #expect(h.state.disk == DiskBaseline(stamp: stamp, text: nil))
        #expect(!h.state.isDirty)
    }

    // MARK: recovery at start

    static func entry(_ text: String, path: String? = "/tmp/job.yml", file: String = "/state/sweepedit/recovery/job.yml-0.1-1.recovery",
                      savedAt: Double = 1_000_000, typing: [String] = []) -> RecoveryEntry {
        RecoveryEntry(file: file, originalPath: path, savedAt: savedAt, text: text, typing: typing)
    }

    static func found(_ entries: RecoveryEntry..., unreadable: [UnreadableRecovery] = [], now: Double = 1_000_000) -> Action {
        .safety(.recoveryFound(entries, unreadable: unreadable, now: now))
    }

    /// The example job's text with one edit, as a dying session would have written it.
    static func recoveredText(_ keys: String = "/learning_r<enter>f") -> String {
        var h = Harness()
        h.press(keys)
        return DocumentWriter.save(h.state.document)
    }

    @Test func recoveryIsOfferedWithWhenAndWhatDiffersThenRecovered() {
        let text = Self.recoveredText()
        var h = Harness()
        h.send(Self.found(Self.entry(text), now: 1_000_000 + 300))
        #expect(h.text.contains("Recover unsaved edits?"))
        #expect(h.text.contains("job.yml has unsaved edits from a session that ended without"))
        #expect(h.text.contains("(5 minutes ago)"))
        #expect(h.text.contains("+ ") && h.text.contains("learning_rate: 0.0055"))
        for key in ["r  ", "d  ", "k  ", "esc"] { #expect(h.text.contains("| " + key), "\(key)") }
        #expect(!h.text.contains("| down"), "one recovery file: nothing to choose")
        h.press("j")
        #expect(h.state.status?.text == "j does nothing here; ? lists every key", "nothing else happens before a choice")
        h.press("r")
        #expect(h.effects == [], "the recovery file stays until a save holds its edits")
        #expect(h.state.overlay == nil)
        #expect(h.state.isDirty, "recovered edits are unsaved")
        #expect(h.text.contains("job.yml [modified]"))
        #expect(DocumentWriter.save(h.state.document) == text, "s writes exactly what was recovered")
        #expect(diskBaseline(h.state).text == Harness.exampleJob, "the file as it is stays the baseline for the disk check")
        h.press("u")
        #expect(!h.state.isDirty, "u goes back to the file's version")
    }

    @Test func aSaveRemovesARecoveredFileOnlyWhenItHoldsItsEdits() {
        let text = Self.recoveredText()
        func recovered() -> Harness {
            var h = Harness()
            h.send(Self.found(Self.entry(text)))
            h.press("r")
            return h
        }
        func save(_ h: inout Harness) {
            h.effects = []
            let request = FileWrite(path: "job.yml", text: DocumentWriter.save(h.state.document), purpose: .save)
            h.send(.wrote(WriteOutcome(request, .written(nil))))
        }
        let discard: [Effect] = [.safety(.discardRecovery(file: Self.entry(text).file))]
        var h = recovered()
        save(&h)
        #expect(h.effects == discard, "saved as recovered")
        #expect(h.state.recovered.isEmpty)

        h = recovered()
        h.press("jx")
        save(&h)
        #expect(h.effects == discard, "saved with more edits on top of the recovered ones")

        h = recovered()
        h.press("u")
        h.press("jx")
        save(&h)
        #expect(h.effects == [], "the recovery was undone: its edits are not in this save, its file stays")
    }

    @Test func severalRecoveryFilesAreListedAndChosen() {
        let older = Self.entry(Self.recoveredText(), file: "/r/job.yml-0.1-1.recovery", savedAt: 1_000_000 - 3600)
        let newer = Self.entry(Self.recoveredText("/momentum<enter>x"), file: "/r/job.yml-0.2-2.recovery")
        var h = Harness()
        h.send(Self.found(older, newer, now: 1_000_000 + 60))
        #expect(h.text.contains("job.yml has unsaved edits from 2 sessions that ended without"), "\(h.text)")
        #expect(h.text.contains("  ") && h.text.contains("(1 hour ago): + "))
        #expect(h.text.contains("> ") && h.text.contains("(1 minute ago): - "), "the newest is chosen first:\n\(h.text)")
        #expect(h.text.contains("| down"), "Down chooses")
        #expect(h.lines.last?.contains("up/down choose") == true && h.lines.last?.contains("j/k") == false,
                "the footer names the keys that choose (k keeps both here): \(h.lines.last ?? "")")
        h.press("<up>")
        #expect(h.text.contains("> ") && h.text.contains("(1 hour ago)"))
        guard case .safety(.recoveryOffer(let offer))? = h.state.overlay else {
            Issue.record("the offer stays open")
            return
        }
        #expect(offer.entry == older)
        h.press("d")
        #expect(h.effects == [.safety(.discardRecovery(file: older.file))], "d removes the chosen file only")
        guard case .safety(.recoveryOffer(let rest))? = h.state.overlay else {
            Issue.record("the other stays on offer")
            return
        }
        #expect(rest.choices.map(\.entry) == [newer])
        h.effects = []
        h.press("k")
        #expect(h.effects == [.safety(.keepRecovered(path: "job.yml", text: newer.text, recoveryFile: newer.file))])
        #expect(h.state.overlay == nil)
    }

    @Test func manyRecoveryFilesKeepTheKeysOnScreen() {
        let entries = (0..<12).map {
            Self.entry(Self.recoveredText(), file: "/r/job.yml-0.\($0)-1.recovery", savedAt: 1_000_000 - Double(12 - $0) * 60)
        }
        var h = Harness()
        h.send(.safety(.recoveryFound(entries, unreadable: [], now: 1_000_000)))
        #expect(h.text.contains("from 12 sessions"))
        #expect(h.text.contains("… 7 older (Up)"), "\(h.text)")
        #expect(h.text.contains("| esc   decide later"), "the keys stay on screen:\n\(h.text)")
        for _ in 0..<11 { h.press("<up>") }
        #expect(h.text.contains("… 7 newer (Down)"), "\(h.text)")
        guard case .safety(.recoveryOffer(let offer))? = h.state.overlay else {
            Issue.record("the offer closed while choosing: \(String(describing: h.state.overlay))")
            return
        }
        #expect(offer.entry == entries[0])
    }

    @Test func aRecoveryThatMatchesTheFileIsRemovedWithoutAsking() {
        var h = Harness()
        h.send(Self.found(Self.entry(Harness.exampleJob)))
        #expect(h.state.overlay == nil)
        #expect(h.effects == [.safety(.discardRecovery(file: Self.entry("").file))])
    }

    @Test func typedTextThatIsNotAValueYetIsShown() {
        var h = Harness()
        h.send(Self.found(Self.entry(Harness.exampleJob, typing: ["learning_rate, subspace 1: value \"0.1.2\""])))
        #expect(h.effects == [], "a recovery with typed text is offered even when its document equals the file")
        #expect(h.text.contains("Being typed, not a value yet"), "\(h.text)")
    }

    @Test func unreadableRecoveryFilesAreSaidOnceAndKept() {
        let bad = UnreadableRecovery(file: "/r/job.yml-0.9-9.recovery", reason: "the file is not UTF-8 text")
        var h = Harness()
        h.send(Self.found(unreadable: [bad]))
        #expect(h.text.contains("A recovery file of this file cannot be read:"), "\(h.text)")
        #expect(h.text.contains("/r/job.yml-0.9-9.recovery: the file is not UTF-8 text"))
        #expect(h.effects.isEmpty, "never removed")
        h.press("j")
        #expect(h.state.overlay == nil, "said once")

        h = Harness()
        h.send(Self.found(Self.entry(Self.recoveredText()), unreadable: [bad]))
        #expect(h.text.contains("Cannot read /r/job.yml-0.9-9.recovery"), "beside the offer:\n\(h.text)")
    }

    @Test func discardKeepBothAndLater() {
        let text = Self.recoveredText()
        let file = Self.entry(text).file
        var h = Harness()
        h.send(Self.found(Self.entry(text)))
        h.press("d")
        #expect(h.effects == [.safety(.discardRecovery(file: file))])
        #expect(!h.state.isDirty)

        h = Harness()
        h.send(Self.found(Self.entry(text)))
        h.press("k")
        #expect(Self.take(&h) == [.safety(.keepRecovered(path: "job.yml", text: text, recoveryFile: file))])
        h.send(.safety(.keptRecovered(path: "job.yml.recovered", recoveryFile: file, error: nil)))
        #expect(h.effects == [.safety(.discardRecovery(file: file))])
        #expect(h.state.status?.text == "your unsaved edits are in job.yml.recovered; the file opened as it is")
        #expect(!h.state.isDirty)

        h = Harness()
        h.send(Self.found(Self.entry(text)))
        h.press("k")
        h.effects = []
        h.send(.safety(.keptRecovered(path: "job.yml.recovered", recoveryFile: file, error: "job.yml.recovered: cannot write: Permission denied")))
        #expect(h.effects.isEmpty, "the recovery file stays when its copy could not be written")
        #expect(h.text.contains("The recovery file stays"))

        h = Harness()
        h.send(Self.found(Self.entry(text)))
        h.press("<esc>")
        #expect(h.effects.isEmpty)
        #expect(h.state.status?.text == "decided later: the recovery file stays; the next start offers it again")
    }

    @Test func anUnreadableRecoveryStaysOfferedForDiscardOrKeep() {
        var h = Harness()
        h.send(Self.found(Self.entry("search_space: [{")))
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
        h.send(Self.found(Self.entry(DocumentWriter.save(edited), path: nil)))
        #expect(h.text.contains("The new space has unsaved edits from a session that ended without"))
        h.press("r")
        #expect(h.effects == [])
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
