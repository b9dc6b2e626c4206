import Testing
@testable import TerminalUI

/// What one Screen cell becomes on the terminal: wide characters, marks, fallbacks.
struct CellGlyphsTests {
    private let unicode = TerminalCapabilities(utf8: true, unicodeGlyphs: true, colorDepth: .palette256)
    private let vt100 = TerminalCapabilities(utf8: true, unicodeGlyphs: false, colorDepth: .none)
    private let cLocale = TerminalCapabilities(utf8: false, unicodeGlyphs: false, colorDepth: .eight)

    /// A small stand-in for wcwidth: CJK wide, combining acute zero, controls unprintable.
    private func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3040...0x30FF: return 2
        case 0x0300...0x036F: return 0
        case 0xE000: return -1
        default: return 1
        }
    }

    private func plan(_ character: Character, _ caps: TerminalCapabilities, continuationFollows: Bool = true) -> CellGlyphs {
        CellGlyphs.plan(character, capabilities: caps, wideAllowed: { continuationFollows }, width: width)
    }

    @Test func wideCharacterTakesItsContinuationCell() {
        #expect(plan("漢", unicode) == CellGlyphs(scalars: ["漢"], columns: 2))
    }

    @Test func wideCharacterWithoutContinuationKeepsTheRowAligned() {
        #expect(plan("漢", unicode, continuationFollows: false) == .single("?"))
    }

    @Test func strayContinuationIsASpace() {
        #expect(plan("\u{0}", unicode) == .single(" "))
    }

    @Test func combiningMarksStayWithTheirCharacter() {
        #expect(plan("e\u{301}", unicode) == CellGlyphs(scalars: ["e", "\u{301}"], columns: 1))
    }

    @Test func unprintableBecomesQuestionMark() {
        #expect(plan("\u{E000}", unicode) == .single("?"))
        #expect(plan("\u{7}", unicode) == .single("?"))
    }

    @Test func lineDrawingFallsBackToASCIIButTextDoesNot() {
        #expect(plan("─", vt100) == .single("-"))
        #expect(plan("█", vt100) == .single("#"))
        #expect(plan("é", vt100) == .single("é"), "a UTF-8 locale still carries typed text")
        #expect(plan("漢", vt100).columns == 2)
    }

    @Test func aNonUTF8LocaleGetsOnlyASCII() {
        #expect(plan("é", cLocale) == .single("?"))
        #expect(plan("漢", cLocale) == .single("?"), "its continuation cell is then drawn as a space")
        #expect(plan("│", cLocale) == .single("|"))
    }
}
