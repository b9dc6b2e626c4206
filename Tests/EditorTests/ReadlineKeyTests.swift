import Testing
@testable import Editor
import SearchSpace

/// Entering a field selects its text; the readline keys work in every text (issue 16).
struct ReadlineKeyTests {
    /// learning_rate of the example's first subspace: uniform(0.001, 0.01).
    static let learningRate = ParameterID.learningRate

    /// learning_rate's bounds in the current subspace, as numbers.
    static func bounds(_ h: Harness) -> [Double] {
        guard case .swept(.uniform(let a, let b)) = h.setting(learningRate) else { return [] }
        return [a.double, b.double]
    }

    @Test func enteringAFieldSelectsItSoTypingReplacesIt() {
        var h = Harness()
        h.press("j<enter>1e-4<enter>")
        #expect(Self.bounds(h) == [0.0001, 0.01],
                "typing after 0.001 read 0.0011e-4")
    }

    @Test func tabAndShiftTabSelectTheFieldTheyEnter() {
        var h = Harness()
        h.press("j<enter><tab>0.05<enter>")
        #expect(Self.bounds(h) == [0.001, 0.05])
        h.press("<enter><tab><S-tab>0.002<enter>")
        #expect(Self.bounds(h) == [0.002, 0.05])
    }

    @Test func anArrowKeepsTheEnteredTextToChangeAPart() {
        var h = Harness()
        h.press("j<enter><end><bs>2<enter>")
        #expect(Self.bounds(h) == [0.002, 0.01])
    }

    @Test func slashOnAnActiveFilterSelectsIt() {
        var h = Harness()
        h.press("/rate<enter>")
        h.press("/epochs")
        #expect(h.state.filter == "epochs")
    }

    @Test func ctrlUClearsToTheStartAndCtrlKToTheEnd() {
        var b = TextBuffer("0.001")
        b.moveLeft(); b.moveLeft()
        b.deleteToStart()
        #expect(b.text == "01" && b.cursor == 0)
        b = TextBuffer("0.001")
        b.moveHome(); b.moveRight()
        b.deleteToEnd()
        #expect(b.text == "0" && b.cursor == 1)
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var b = TextBuffer("sweep-job.yml")
        b.deleteWordBackward()
        #expect(b.text == "sweep-job." && b.cursor == 10)
        b.deleteWordBackward()
        #expect(b.text == "sweep-" && b.cursor == 6)
        b.deleteWordBackward()
        #expect(b.text == "" && b.cursor == 0)
        b.deleteWordBackward()
        #expect(b.text == "")
    }

    @Test func wordMovesStopAtWordEdges() {
        var b = TextBuffer("learning_rate max")
        b.moveWordLeft()
        #expect(b.cursor == 14)
        b.moveWordLeft()
        #expect(b.cursor == 9)
        b.moveWordLeft()
        b.moveWordLeft()
        #expect(b.cursor == 0)
        b.moveWordRight()
        #expect(b.cursor == 8)
        b.moveWordRight()
        #expect(b.cursor == 13)
    }

    @Test func aSelectedTextIsClearedWholeByADeletionAndAWordMoveKeepsIt() {
        for delete in [{ (b: inout TextBuffer) in b.deleteToStart() }, { (b: inout TextBuffer) in b.deleteToEnd() },
                       { (b: inout TextBuffer) in b.deleteWordBackward() }] {
            var b = TextBufferTests.selected("0.001")
            delete(&b)
            #expect(b.text == "" && !b.isSelected)
        }
        var b = TextBufferTests.selected("0.001")
        b.moveWordLeft()
        #expect(b.text == "0.001" && b.cursor == 2 && !b.isSelected)
    }

    @Test func theKeysReachEveryText() {
        // a field
        var h = Harness()
        h.press("j<enter><end><C-w>5<enter>")
        #expect(Self.bounds(h) == [0.5, 0.01])
        h.press("<enter><end><A-b><C-k>2<enter>")
        #expect(Self.bounds(h) == [0.2, 0.01])
        h.press("<enter><end><C-left><C-right><C-u>7<enter>")
        #expect(Self.bounds(h) == [7, 0.01])
        // the filter
        h.press("/momentum<C-w>rate")
        #expect(h.state.filter == "rate")
        h.press("<A-f><C-u>")
        #expect(h.state.filter == "")
        h.press("<esc>")
        // a path
        h.press("S<C-u>other.yml")
        guard case .prompt(_, let buffer)? = h.state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(buffer.text == "other.yml")
        #expect(!h.text.contains("does nothing here"))
    }
}
