import Testing
@testable import Editor
import SearchSpace

/// Editing a choice of more values than the detail pane shows: the pane scrolls to the focused
/// field, so its box and the cursor are on screen and typing goes into a field you can see.
struct FocusedFieldScrollTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 50, height: 12)]

    /// random_seed a choice of 0..<count, selected.
    static func harness(_ count: Int, size: Size) -> Harness {
        let values = (0..<count).map(String.init).joined(separator: ", ")
        var h = Harness(space: "  - random_seed: {type: choice, values: [\(values)]}\n", size: size)
        select(&h.state, .parameter(.randomSeed))
        return h
    }

    /// The focused field's box is drawn as being edited and the cursor sits just after its text.
    static func expectFocusedBoxAndCursor(_ h: Harness, _ field: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let row = h.lines.firstIndex(where: { $0.contains(field) }),
              let range = h.lines[row].range(of: field) else {
            Issue.record("\(field) is not on screen:\n\(h.screen)", sourceLocation: sourceLocation)
            return
        }
        let box = field.drop { $0 != "[" }
        #expect(h.screen.style(ofText: String(box), row: row) == "field.editing", "\(h.screen)", sourceLocation: sourceLocation)
        let end = h.lines[row].distance(from: h.lines[row].startIndex, to: range.upperBound)
        #expect(h.cursor == Position(row: row, column: end - 1), "\(h.screen)", sourceLocation: sourceLocation)
    }

    @Test(arguments: sizes) func shiftTabToTheLastOfThreeHundredShowsItAndTypingChangesIt(size: Size) {
        var h = Self.harness(300, size: size)
        h.press("<enter><S-tab>")
        #expect(h.state.editSession?.focus == 299)
        Self.expectFocusedBoxAndCursor(h, "value 300 [299]")
        #expect(h.text.contains(" lines above"), "a count of the lines scrolled out")
        h.press("<bs><bs><bs>7<enter>")
        #expect(h.state.editSession == nil)
        #expect(h.setting(.randomSeed).distribution?.choiceValues?[299] == .int(7))
        #expect(h.setting(.randomSeed).distribution?.choiceValues?[298] == .int(298))
    }

    @Test(arguments: sizes) func tabToTheMiddleShowsItsBoxItsProblemAndTheCountsAround(size: Size) {
        var h = Self.harness(300, size: size)
        h.press("<enter>")
        for _ in 0..<149 { h.press("<tab>") }
        #expect(h.state.editSession?.focus == 149)
        Self.expectFocusedBoxAndCursor(h, "value 150 [149]")
        #expect(h.text.contains(" lines above") && h.text.contains(" more lines"), "\(h.screen)")
        h.press("<bs><bs><bs>")
        #expect(h.text.contains("E value 150: type a value"), "the focused field's problem shows: \(h.screen)")
        Self.expectFocusedBoxAndCursor(h, "value 150 []")
        h.press("5<enter>")
        #expect(h.setting(.randomSeed).distribution?.choiceValues?[149] == .int(5))
    }

    @Test func beyondTwoHundredTheFieldsLaidOutAreTheOnesAroundTheFocus() {
        var h = Self.harness(300, size: Size(width: 80, height: 24))
        h.press("<enter>")
        for _ in 0..<249 { h.press("<tab>") }
        Self.expectFocusedBoxAndCursor(h, "value 250 [249]")
        let text = LongChoiceTests.detailText(h).joined(separator: "\n")
        #expect(text.contains("choice: … 100 values before  value 101 [100]"), "the last 200 fields, value 250 among them")
        #expect(!text.contains("value 100 ") && text.contains("value 300 [299]") && !text.contains("more values"))
        h.press("<esc>")
        let browsing = LongChoiceTests.detailText(h).joined(separator: "\n")
        #expect(browsing.contains("choice: value 1 [0]") && browsing.contains("… 100 more values"), "browsing lays out the first 200")
        #expect(h.text.contains(" more lines") && !h.text.contains(" lines above"), "and shows the pane from its top")
    }

    @Test func theWindowKeepsTheCursorLineAndTheNextInView() {
        #expect(PaneWindow(lines: 4, height: 5, cursor: 3) == PaneWindow(lines: 4, height: 5, cursor: nil))
        let top = PaneWindow(lines: 20, height: 5, cursor: 2)
        #expect((top.shown, top.hiddenAbove, top.hiddenBelow) == (0..<4, 0, 16), "as before: the first lines")
        let middle = PaneWindow(lines: 20, height: 5, cursor: 10)
        #expect((middle.shown, middle.hiddenAbove, middle.hiddenBelow) == (9..<12, 9, 8))
        let last = PaneWindow(lines: 20, height: 5, cursor: 19)
        #expect((last.shown, last.hiddenAbove, last.hiddenBelow) == (16..<20, 16, 0), "no marker below the last line")
        let low = PaneWindow(lines: 20, height: 2, cursor: 10)
        #expect((low.shown, low.hiddenAbove) == (10..<11, 0), "too low for markers: the cursor's line alone")
    }
}
