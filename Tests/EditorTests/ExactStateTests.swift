import Testing
@testable import Editor
import SearchSpace

/// Keys and the exact state change they make (TCA's TestStore style): a key that changes
/// something it should not fails here even when the screen looks right.
struct ExactStateTests {
    @Test func jMovesTheSelectionAndNothingElse() {
        var h = Harness()
        // the list opens on model_name, below the 5 sweep settings
        h.press("j") { $0.selection = 6 }
        h.press("k") { $0.selection = 5 }
    }

    @Test func xUnsetsTheSelectedParameterAndUUndoesIt() {
        var h = Harness()
        let before = h.state.document.space
        h.press("x") {
            $0.document.space.subspaces[0][.modelName] = .unset
            $0.undoStack = [before]
            $0.diagnostics = Validator.check($0.document)
        }
        h.press("u") {
            $0.document.space = before
            $0.undoStack = []
            $0.redoStack = [before.with { $0.subspaces[0][.modelName] = .unset }]
            $0.diagnostics = Validator.check($0.document)
            $0.status = StatusMessage("undo: model_name unset -> choice('vitb16r224','vits16r224') (subspace 1)")
        }
    }

    @Test func aFilterTypedThenClearedLeavesTheStateAsItWas() {
        var h = Harness()
        let start = h.state
        h.press("/momen") {
            $0.overlay = .filter(TextBuffer("momen"))
            $0.filter = "momen"
            $0.selection = 0  // the best match, momentum, is the filtered list's first row
        }
        // Esc clears the filter and keeps momentum selected, now in the whole list
        let momentum = start.rows.firstIndex { $0.parameter == .momentum }
        h.press("<esc>") {
            $0 = start
            $0.selection = momentum ?? -1
        }
    }

    @Test func aSavedWriteMakesTheSavedTextTheBaseline() {
        var h = Harness()
        h.press("jx")
        let request = FileWrite(path: "job.yml", text: DocumentWriter.save(h.state.document), purpose: .save)
        let stamp = FileStamp(size: 1, modifiedSeconds: 2, modifiedNanoseconds: 3, inode: 4)
        var expected = h.state
        expected.document.markSaved(text: request.text, path: "job.yml")
        expected.disk = DiskBaseline(stamp: stamp, text: nil)
        expected.diagnostics = Validator.check(expected.document)
        expected.status = StatusMessage("saved job.yml")
        let effects = update(&h.state, .wrote(WriteOutcome(request, .written(stamp))))
        #expect(h.state == expected)
        #expect(effects == [], "no recovery was brought in, so none is removed (another session's stays)")
    }
}

extension SearchSpace {
    /// A copy with a change, for writing expected states in one expression.
    func with(_ change: (inout SearchSpace) -> Void) -> SearchSpace {
        var copy = self
        change(&copy)
        return copy
    }
}
