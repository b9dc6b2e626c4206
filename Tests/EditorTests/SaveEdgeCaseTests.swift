import Testing
@testable import Editor
import SearchSpace

/// Save paths the key fuzzer found wrong.
struct SaveEdgeCaseTests {
    @Test func abandoningTheSaveAsPromptOfSaveThenQuitDoesNotQuitALaterSave() {
        let doc = Document.new()
        var h = Harness()
        h.state = EditorState(document: doc, size: h.size)
        h.press("jx")          // an edit: quitting now asks first
        h.press("q")
        h.press("s")           // save, then quit: a new space asks for a name
        h.press("<esc>")       // ...and the user changes their mind
        h.press("S")
        h.press("<enter>")     // a plain save as, to the proposed name
        guard case .write(let request)? = h.effects.last else {
            Issue.record("no write effect: \(h.effects)")
            return
        }
        h.send(.wrote(WriteOutcome(request, .written(nil))))
        #expect(h.effects.last != .quit, "only the abandoned save-then-quit would have quit")
    }

    @Test func aFixToTrainingParametersReachesTheSavedJob() throws {
        var h = Harness()
        var space = h.state.document.space
        space.trainingParameters[.earlyStopping] = .unset
        Edit.set(.trainingParameters, .evaluationFrequency, .fixed(.int(2))).apply(to: &space)
        var doc = h.state.document
        doc.space = space
        let text = DocumentWriter.save(doc)
        let back = try DocumentReader.read(text)
        #expect(back.space.trainingParameters == space.trainingParameters)
        #expect(text.contains("training_parameters:\n  evaluation_frequency: 2\n"))
        #expect(!text.contains("early_stopping: True"))
        #expect(text.contains("  path: data/training-mltable-folder   # an MLTable folder"), "the rest stays as it was")
        h.state.document = doc
    }

    @Test func removingEveryTrainingParameterRemovesTheBlock() throws {
        let h = Harness()
        var doc = h.state.document
        doc.space.trainingParameters = Subspace()
        let text = DocumentWriter.save(doc)
        #expect(!text.contains("training_parameters"))
        #expect(try DocumentReader.read(text).space.subspaces == doc.space.subspaces)
    }
}
