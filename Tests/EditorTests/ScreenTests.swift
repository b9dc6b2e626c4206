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

    @Test func columnsCountBytesOfPlainASCIIAndCharactersOfTheRest() {
        for text in ["", "choice(0,1,2)", "tab\there", "a\r\nb", "nul\u{0}", "日本", "e\u{301}", "😀 x"] {
            #expect(text.columns == text.reduce(0) { $0 + $1.columns }, "\(text.debugDescription)")
        }
        #expect("a\r\nb".columns == 3, "CR LF is one Character")
        #expect("choice(0,1,2)".fitted(to: 8) == "choice(…")
        #expect("choice(0,1,2)".fitted(to: 13) == "choice(0,1,2)")
        #expect("choice(0,1,2)".fitted(to: 1) == "…")
        #expect("日本語".fitted(to: 5) == "日本…")
    }
}
