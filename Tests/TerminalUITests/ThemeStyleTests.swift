import Testing
@testable import TerminalUI

/// Dotted fallback and colour down-mapping: how a theme's wishes meet a real terminal.
struct ThemeStyleTests {
    private let theme = Theme(name: "t", styles: [
        "default": ThemeStyle(foreground: .indexed(7)),
        "list": ThemeStyle(foreground: .indexed(2)),
        "list.selected": ThemeStyle(background: .indexed(6), attributes: .reverse),
    ])

    @Test func exactNameWins() {
        #expect(theme.style(named: "list.selected").attributes == .reverse)
    }

    @Test func dottedNameFallsBackToItsParent() {
        #expect(theme.style(named: "list.selected.inactive") == theme.styles["list.selected"])
        #expect(theme.style(named: "list.mode") == theme.styles["list"])
    }

    @Test func unknownNameFallsBackToDefault() {
        #expect(theme.style(named: "header") == theme.styles["default"])
        #expect(theme.style(named: "lists") == theme.styles["default"], "only whole words fall back")
    }

    @Test func withoutDefaultStyleUnknownIsPlain() {
        #expect(Theme(name: "e", styles: [:]).style(named: "header") == .plain)
    }

    @Test func basicColoursStayOnEveryColourTerminal() {
        #expect(ThemeColor.indexed(3).number(for: .eight) == 3)
        #expect(ThemeColor.terminalDefault.number(for: .eight) == -1)
    }

    @Test func brightColoursBecomeTheirBasicHueOnEightColours() {
        #expect(ThemeColor.indexed(9).number(for: .eight) == 1, "bright red -> red")
        #expect(ThemeColor.indexed(9).number(for: .sixteen) == 9)
        #expect(ThemeColor.indexed(8).number(for: .eight) == 7, "grey -> white, not invisible black")
    }

    @Test func paletteColoursMapToTheNearestBasicOne() {
        #expect(ThemeColor.indexed(196).number(for: .eight) == 1, "xterm 196 is pure red")
        #expect(ThemeColor.indexed(21).number(for: .eight) == 4, "xterm 21 is pure blue")
        #expect(ThemeColor.indexed(232).number(for: .eight) == 0, "darkest grey -> black")
        #expect(ThemeColor.indexed(110).number(for: .palette256) == 110)
    }

    @Test func rgbMapsToTheCubeOrTheBasicColours() {
        let orange = ThemeColor.rgb(red: 0xff, green: 0x87, blue: 0x00)
        #expect(orange.number(for: .palette256) == 208)
        #expect(orange.number(for: .eight) == 3, "orange -> yellow")
        #expect(ThemeColor.rgb(red: 0x30, green: 0x30, blue: 0x30).number(for: .palette256) == 236)
        #expect(orange.number(for: .direct) == 0xff8700)
    }

    @Test func colourDepthFromCOLORS() {
        #expect(ColorDepth(colors: 0) == .none)
        #expect(ColorDepth(colors: 8) == .eight)
        #expect(ColorDepth(colors: 16) == .sixteen)
        #expect(ColorDepth(colors: 256) == .palette256)
        #expect(ColorDepth(colors: 0x100_0000) == .direct)
    }

    @Test func colourOffUsesMonochromeUnlessTheThemeHasNoColours() {
        #expect(theme.adapted(to: .none) == .monochrome)
        #expect(theme.adapted(to: .eight) == theme)
        let plain = Theme(name: "p", styles: ["x": ThemeStyle(attributes: .bold)])
        #expect(plain.adapted(to: .none) == plain)
    }
}

/// The colour pair a style asks ncurses for.
struct StylePaletteTests {
    /// The terminal's own colours get a pair of their own rather than pair 0: ncurses leaves
    /// pair 0 with a full attribute reset (`ESC(B ESC[m`), where between two pairs it sends
    /// only the colour that changes.
    @Test func terminalColoursHaveAPairOfTheirOwn() {
        let numbers = StylePalette.colorNumbers(for: .plain, depth: .palette256, defaultColors: true)
        #expect(numbers?.foreground == -1 && numbers?.background == -1)
    }

    @Test func noColourMeansNoPairWhateverTheStyle() {
        let red = ThemeStyle(foreground: .indexed(1))
        #expect(StylePalette.colorNumbers(for: red, depth: .none, defaultColors: true) == nil)
    }

    @Test func defaultStaysTransparentWhereTheTerminalAllowsIt() {
        let style = ThemeStyle(foreground: .indexed(1))
        #expect(StylePalette.colorNumbers(for: style, depth: .eight, defaultColors: true)! == (1, -1))
        #expect(StylePalette.colorNumbers(for: style, depth: .eight, defaultColors: false)! == (1, 0))
    }

    @Test func coloursAreMappedToTheTerminalsDepth() {
        let style = ThemeStyle(foreground: .rgb(red: 0xff, green: 0x87, blue: 0), background: .indexed(236))
        #expect(StylePalette.colorNumbers(for: style, depth: .palette256, defaultColors: true)! == (208, 236))
        #expect(StylePalette.colorNumbers(for: style, depth: .eight, defaultColors: true)! == (3, 0))
    }
}
