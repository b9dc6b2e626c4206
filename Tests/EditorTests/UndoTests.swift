import Testing
@testable import Editor
import SearchSpace

/// u and Ctrl-R over every kind of edit.
struct UndoTests {
    @Test func everyEditUndoesAndRedoesInOrder() {
        var h = Harness()
        let original = h.state.document.space
        h.press("jx")              // unset learning_rate
        h.press("jt")              // number_of_epochs: randint
        h.press("j<enter><down><enter>")  // optimizer: adam
        h.press("a")               // a copy of the subspace
        let edited = h.state.document.space
        h.press("uuuu")
        #expect(h.state.document.space == original)
        #expect(!h.state.isDirty)
        #expect(!h.header.contains("[modified]"))
        h.press("u")
        #expect(h.status.hasPrefix(" nothing to undo"))
        h.press("<C-r><C-r><C-r><C-r>")
        #expect(h.state.document.space == edited)
        h.press("<C-r>")
        #expect(h.status.hasPrefix(" nothing to redo"))
    }

    @Test func aNewEditForgetsTheRedoneFuture() {
        var h = Harness()
        h.press("jxu")
        #expect(h.state.redoStack.count == 1)
        h.press("jx")
        #expect(h.state.redoStack.isEmpty)
    }

    @Test func escapedEditsLeaveNoUndoStep() {
        var h = Harness()
        h.press("j<enter>123<esc>")
        #expect(h.state.undoStack.isEmpty)
        #expect(!h.state.isDirty)
    }
}
