import Testing
@testable import Editor
import SearchSpace

/// F on a choice with one bad value: the fix edits that value (by index) and u puts it back.
struct ChoiceValueFixKeyTests {
    @Test func fReplacesAValueOfTheWrongKindAndUUndoesIt() {
        var h = Harness(space: "  - random_seed: {type: choice, values: [1, 2.0, 3]}\n")
        let original = h.state.document.space
        h.press("n")
        #expect(h.state.selectedParameter == .randomSeed)
        h.press("F")
        #expect(h.setting(.randomSeed) == .swept(.choice([.int(1), .int(2), .int(3)])))
        #expect(h.status.hasPrefix(" fixed: write 2"))
        h.press("u")
        #expect(h.state.document.space == original)
        h.press("<C-r>")
        #expect(h.setting(.randomSeed) == .swept(.choice([.int(1), .int(2), .int(3)])))
    }

    @Test func fRemovesAValueOutOfRangeAndUUndoesIt() {
        var h = Harness(space: "  - number_of_epochs: {type: choice, values: [10, -3, 20]}\n")
        let original = h.state.document.space
        h.press("n")
        #expect(h.state.selectedParameter == .numberOfEpochs)
        h.press("F")
        #expect(h.setting(.numberOfEpochs) == .swept(.choice([.int(10), .int(20)])))
        #expect(h.status.hasPrefix(" fixed: remove -3 from the choice"))
        h.press("u")
        #expect(h.state.document.space == original)
    }
}
