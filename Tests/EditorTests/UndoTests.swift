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

/// Undo and redo say what they changed and show it (issue 16).
struct UndoMessageTests {
    @Test func undoAndRedoSayWhatChangedAndMoveToIt() {
        var h = Harness()
        h.press("]j<enter><tab><end><bs><bs>2<enter>")  // subspace 2's learning_rate max_value
        h.press("[G")                                    // elsewhere: subspace 1, the last row
        h.press("u")
        #expect(h.lines[22].hasPrefix(" undo: learning_rate max_value 0.0102 -> 0.01005 (subspace 2)"), "\(h.lines[22])")
        #expect(h.state.subspace == 1)
        #expect(h.state.selectedParameter == .learningRate)
        h.press("[G<C-r>")
        #expect(h.lines[22].hasPrefix(" redo: learning_rate max_value 0.01005 -> 0.0102 (subspace 2)"), "\(h.lines[22])")
        #expect(h.state.subspace == 1)
        #expect(h.state.selectedParameter == .learningRate)
    }

    @Test func aChangeOfKindOrModeIsSaidWhole() {
        var h = Harness()
        h.press("jx")
        h.press("u")
        #expect(h.lines[22].hasPrefix(" undo: learning_rate unset -> uniform(0.001,0.01) (subspace 1)"), "\(h.lines[22])")
        h.press("/mom<enter>f<esc>u")
        #expect(h.lines[22].hasPrefix(" undo: momentum"), "\(h.lines[22])")
    }

    @Test func undoShowsARowTheFilterHides() {
        var h = Harness()
        h.press("jx/opt<enter>u")
        #expect(h.state.filter.isEmpty)
        #expect(h.state.selectedParameter == .learningRate)
    }

    @Test func subspacesAddedAndDeletedAreSaid() {
        var h = Harness()
        h.press("a")
        h.press("u")
        #expect(h.lines[22].hasPrefix(" undo: subspace 2 deleted"), "\(h.lines[22])")
        h.press("<C-r>")
        #expect(h.lines[22].hasPrefix(" redo: subspace 2 added"), "\(h.lines[22])")
        #expect(h.state.subspace == 1)
    }
}
