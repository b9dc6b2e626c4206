import Canvas
import Testing

/// The frame diff the terminal copies: only what changed, whole wide characters.
@Suite struct ScreenChangesTests {
    func screen(_ lines: [String], width: Int = 10) -> Screen {
        var s = Screen(size: Size(width: width, height: lines.count))
        for (row, line) in lines.enumerated() { s.write(line, row: row, column: 0) }
        return s
    }

    @Test func withoutAPreviousFrameEveryRowIsOneRun() {
        let runs = screen(["ab", "cd"], width: 4).changes(from: nil)
        #expect(runs == [ScreenRun(row: 0, column: 0, count: 4), ScreenRun(row: 1, column: 0, count: 4)])
    }

    @Test func anEqualFrameHasNoChanges() {
        #expect(screen(["learning", "rate"]).changes(from: screen(["learning", "rate"])) == [])
    }

    @Test func onlyTheChangedCellsAreRuns() {
        let old = screen(["> lr 0.01", "  wd 0.1"])
        let new = screen(["  lr 0.01", "> wd 0.2"])
        #expect(new.changes(from: old) == [ScreenRun(row: 0, column: 0, count: 1),
                                           ScreenRun(row: 1, column: 0, count: 1),
                                           ScreenRun(row: 1, column: 7, count: 1)])
    }

    @Test func aStyleChangeIsAChange() {
        let old = screen(["abc"])
        var new = old
        new.paint(row: 0, from: 1, to: 3, style: "list.selected")
        #expect(new.changes(from: old) == [ScreenRun(row: 0, column: 1, count: 2)])
    }

    @Test func aChangedWideCharacterTakesItsContinuationCell() {
        // 日 takes two cells; the second (the continuation) is the same in both frames.
        let old = screen(["a日b"])
        var new = old
        new[0, 1] = Cell("日", style: "diag.error")
        #expect(new.changes(from: old) == [ScreenRun(row: 0, column: 1, count: 2)])
    }

    @Test func anotherSizeMeansEveryCell() {
        let runs = screen(["ab"], width: 3).changes(from: screen(["ab"], width: 4))
        #expect(runs == [ScreenRun(row: 0, column: 0, count: 3)])
    }

    @Test func theClipKeepsRunsInsideTheTerminal() {
        let runs = screen(["abcdef", "ghijkl"], width: 6).changes(from: nil, clip: Size(width: 4, height: 1))
        #expect(runs == [ScreenRun(row: 0, column: 0, count: 4)])
    }
}
