import Testing
@testable import Editor

struct ScreenTests {
    @Test func linesAreTrimmedRows() {
        var screen = Screen(size: Size(width: 4, height: 2))
        screen[0, 0] = Cell("a")
        screen[1, 2] = Cell("b")
        #expect(screen.lines == ["a", "  b"])
    }

    @Test func keyLabelsAreShort() {
        #expect(Key.ctrl("r").label == "C-r")
        #expect(Key.char(" ").label == "space")
        #expect(Key.backTab.label == "S-tab")
    }
}
