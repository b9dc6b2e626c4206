import Testing
@testable import Editor
import SearchSpace

/// c: the changes since the file was opened or saved, by meaning (the list `sweepedit diff`
/// prints); Enter goes to the parameter and its subspace; the quit question offers it.
struct ChangesTests {
    @Test func withoutEditsCSaysThereIsNothing() {
        var h = Harness()
        h.press("c")
        #expect(h.state.overlay == nil)
        #expect(h.status.hasPrefix(" no changes since the file was opened or saved"))
    }

    @Test func cListsTheChangesAndEnterGoesToTheParameter() {
        var h = Harness()
        h.press("]jx[")  // unset subspace 2's learning_rate, back to subspace 1
        #expect(h.state.subspace == 0)
        h.press("c")
        #expect(h.state.mode == .changes)
        expectLines(h.screen, """
             Changes since the file was opened or saved — Enter goes to it; Esc closes

               subspace 2 (seresnext, resnet50):
             >   learning_rate: loguniform(-6.9,-4.6) -> unset
                     now Azure's default 0.01 (was 0.001008..0.01005 on a log scale)
            """, rows: 0...4)
        #expect(h.footer.hasPrefix(" j/k move  enter go to  esc close"))
        h.press("<enter>")
        #expect(h.state.overlay == nil)
        #expect(h.state.subspace == 1)
        #expect(h.state.selectedParameter == .learningRate)
    }

    @Test func enterGoesToTheSelectedChangeInTheRightSubspace() {
        var h = Harness()
        // number_of_epochs in 1, layers_to_freeze in 2 (g goes to the first of the 5 sweep settings)
        h.press("g" + String(repeating: "j", count: 7) + "x]g" + String(repeating: "j", count: 23) + "x[g")
        h.press("c")
        #expect(h.state.changesSinceSaved.map(\.parameter) == [.numberOfEpochs, .layersToFreeze])
        h.press("j<enter>")
        #expect(h.state.subspace == 1)
        #expect(h.state.selectedParameter == .layersToFreeze)
        h.press("ck<enter>")
        #expect(h.state.subspace == 0)
        #expect(h.state.selectedParameter == .numberOfEpochs)
    }

    @Test func theQuitQuestionOffersTheChangesAndEscGoesBackToIt() {
        var h = Harness()
        h.press("jx")
        h.press("q")
        #expect(h.state.overlay == .confirmQuit)
        #expect(h.text.contains("c  show the changes"))
        h.press("c")
        #expect(h.state.overlay == .changes(ChangesPosition(fromQuit: true)))
        #expect(h.text.contains("learning_rate: uniform(0.001,0.01) -> unset"))
        h.press("<esc>")
        #expect(h.state.overlay == .confirmQuit)
    }

    @Test func aSaveIsTheNewBaseline() {
        var h = Harness()
        h.press("jx")
        #expect(h.state.changesSinceSaved.count == 1)
        h.press("s")
        h.answerLastWrite(.written(nil, note: nil))
        #expect(h.state.changesSinceSaved.isEmpty)
        h.press("c")
        #expect(h.state.overlay == nil)
    }

    @Test func aTrainingParameterChangeGoesToItsRowInTheSubspaceShown() {
        var h = Harness()
        h.press("]")
        h.state.document.space.trainingParameters[.momentum] = .fixed(.float(0.8))
        h.press("c<enter>")
        #expect(h.state.subspace == 1)
        #expect(h.state.selectedParameter == .momentum)
        #expect(h.status.contains("training_parameters: momentum:"), "\(h.status)")
    }

    @Test func anEditThatMeansTheSameShowsNoChange() {
        var h = Harness()
        h.press("D")  // delete subspace 1 and add it back as a copy at the end: the list is reordered
        h.press("y")
        var space = h.state.document.space
        space.subspaces.append(h.state.document.originalSpace.subspaces[0])
        h.state.document.space = space
        #expect(h.state.isDirty)
        h.press("c")
        #expect(h.state.mode == .changes)
        #expect(h.text.contains("subspace 2 is now subspace 1 (seresnext, resnet50): moved, the same draws"))
    }
}
