import Testing
@testable import Editor
import SearchSpace

/// s, S, e and q: the effects asked for, and what the results do.
struct SavingTests {
    @Test func sWritesTheJobBackKeepingItsOtherKeysAndComments() {
        var h = Harness()
        h.press("jx")
        h.press("s")
        guard case .write(let request)? = h.effects.last else {
            Issue.record("no write effect: \(h.effects)")
            return
        }
        let path = request.path
        let text = request.text
        let purpose = request.purpose
        let expected = request.expected?.text
        #expect(path == "job.yml")
        #expect(purpose == .save)
        #expect(expected == Harness.exampleJob, "the runtime refuses to overwrite a file changed since")
        #expect(text.contains("# An AutoML image classification job with a two-subspace sweep."))
        #expect(text.contains("  path: data/training-mltable-folder   # an MLTable folder"))
        #expect(text.contains("training_parameters:\n  early_stopping: True"))
        let reread = try? DocumentReader.read(text, path: path)
        #expect(reread?.space.subspaces[0][.learningRate] == .unset)
        #expect(reread?.space.subspaces[1][.learningRate] == h.setting(.learningRate, subspace: 1))
    }

    @Test func aSuccessfulSaveMakesTheSavedTextTheOriginal() {
        var h = Harness()
        h.press("jxs")
        guard case .write(let request)? = h.effects.last else {
            Issue.record("no write effect: \(h.effects)")
            return
        }
        let text = request.text
        h.send(.wrote(WriteOutcome(request, .written(nil))))
        #expect(!h.state.isDirty)
        #expect(h.state.document.originalText == text)
        #expect(h.header.hasPrefix(" job.yml · subspace"))
        #expect(h.status.hasPrefix(" saved job.yml"))
        h.press("q")
        #expect(h.effects.last == .quit, "nothing unsaved: q quits at once")
    }

    @Test func aFailedSaveSaysWhyAndKeepsTheChanges() {
        var h = Harness()
        h.press("jxs")
        h.send(.wrote(WriteOutcome(FileWrite(path: "job.yml", text: "", purpose: .save), .failed("job.yml: cannot write: Permission denied"))))
        #expect(h.state.isDirty)
        #expect(h.text.contains("Not saved: job.yml: cannot write: Permission denied"))
        h.press("<space>")
        #expect(h.state.overlay == nil, "any key closes the message")
    }

    @Test func qAsksFirstWhenThereAreUnsavedChanges() {
        var h = Harness()
        h.press("jxq")
        #expect(h.text.contains("Quit with unsaved changes?"))
        #expect(h.text.contains("s  save, then quit"))
        h.press("<esc>")
        #expect(h.state.overlay == nil)
        #expect(h.effects.isEmpty)
        h.press("qs")
        guard case .write(let request)? = h.effects.last else {
            Issue.record("no write effect: \(h.effects)")
            return
        }
        h.send(.wrote(WriteOutcome(request, .written(nil))))
        #expect(h.effects.last == .quit)
    }

    @Test func qyQuitsWithoutSaving() {
        var h = Harness()
        h.press("jxqy")
        #expect(h.effects == [.quit])
    }

    @Test func saveAsAsksForAPath() {
        var h = Harness()
        h.press("S")
        #expect(h.text.contains("Save as (job YAML):"))
        #expect(h.text.contains("job.yml"))
        h.press("<C-a><del><del><del>other<enter>")
        guard case .write(let request)? = h.effects.last, request.purpose == .save else {
            Issue.record("no write effect: \(h.effects)")
            return
        }
        let path = request.path
        let expected = request.expected?.text
        #expect(path == "other.yml")
        #expect(expected == nil)
    }

    @Test func exportChoosesAFormatThenAPath() {
        var h = Harness()
        h.press("e")
        #expect(h.text.contains("Export the space as:"))
        #expect(h.text.contains("3/r   REST strings, as the SDK sends them"))
        h.press("3")
        #expect(h.text.contains("Export rest to:"))
        #expect(h.text.contains("job.rest.json"))
        h.press("<enter>")
        guard case .write(let request)? = h.effects.last, request.purpose == .export(.rest), request.expected == nil else {
            Issue.record("no export effect: \(h.effects)")
            return
        }
        let path = request.path
        let text = request.text
        #expect(path == "job.rest.json")
        #expect(text.contains("\"learning_rate\": \"uniform(0.001,0.01)\""))
        h.send(.wrote(WriteOutcome(FileWrite(path: path, text: text, purpose: .export(.rest)), .written(nil))))
        #expect(h.status.hasPrefix(" exported rest to job.rest.json"))
        #expect(h.state.document.path == "job.yml")
    }

    @Test func aNewSpaceAsksForANameOnFirstSave() {
        let doc = Document.new()
        var state = EditorState(document: doc)
        _ = update(&state, .key(.char("s")))
        guard case .prompt(.saveAs, let buffer)? = state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(buffer.text == "sweep-job.yml")
        let effects = update(&state, .key(.enter))
        guard case .write(let request)? = effects.first else {
            Issue.record("no write effect: \(effects)")
            return
        }
        let text = request.text
        #expect(text.hasPrefix("$schema:"))
        #expect(text.contains("search_space:"))
    }

    /// The suggested path is selected: typing a name replaces it, a move keeps it to edit.
    @Test func typingANameReplacesTheSuggestedPath() {
        var h = Harness()
        h.press("S")
        h.press("new.yml<enter>")
        guard case .write(let request)? = h.effects.last, request.purpose == .save else {
            Issue.record("no save effect: \(h.effects)")
            return
        }
        let path = request.path
        #expect(path == "new.yml")
        var kept = Harness()
        kept.press("e3")
        #expect(kept.screen.style(ofText: "job.rest.json", row: kept.lines.firstIndex { $0.contains("job.rest.json") } ?? 0) == "field.selected")
        kept.press("<home>out/<enter>")
        guard case .write(let request)? = kept.effects.last, request.purpose == .export(.rest) else {
            Issue.record("no export effect: \(kept.effects)")
            return
        }
        let exported = request.path
        #expect(exported == "out/job.rest.json")
    }
}

/// A save with errors says so; it changes nothing else (issue 16).
struct SaveWithErrorsTests {
    @Test func aSaveWithErrorsSaysHowManyAndHowToFindThem() {
        var h = Harness()
        h.press("j<enter>5<enter>")  // min_value 5 above max_value 0.01
        let errors = h.state.findings.errors
        #expect(errors > 0)
        h.press("G")
        let selection = h.state.selection, subspace = h.state.subspace, scroll = h.state.scroll
        h.press("s")
        guard case .write? = h.effects.last else {
            Issue.record("no write effect: \(h.effects)")
            return
        }
        h.answerLastWrite(.written(nil, note: nil))
        #expect(h.lines[22].hasPrefix(" saved job.yml with \(errors) error\(errors == 1 ? "" : "s"): n shows them"), "\(h.lines[22])")
        #expect(h.screen.style(ofText: "saved job.yml", row: 22) == "status.error")
        #expect(h.state.selection == selection && h.state.subspace == subspace && h.state.scroll == scroll)
        #expect(h.state.overlay == nil)
    }
}
