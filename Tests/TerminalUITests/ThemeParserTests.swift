import Testing
@testable import TerminalUI

/// The theme file format: what it accepts, and the line and column of each mistake.
struct ThemeParserTests {
    private func parse(_ text: String) throws(ThemeError) -> Theme {
        try Theme.parse(text, name: "t", source: "t.theme")
    }

    /// The error a text gives, as the user reads it.
    private func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func goodFile() throws {
        let theme = try parse("""
            # a comment
            default = default default

            list.selected = black cyan bold,reverse   # selection bar
            diag.error    = bright-red #1c1c1c underline
            header        = 110 default none
            """)
        #expect(theme.styles.count == 4)
        #expect(theme.styles["list.selected"] == ThemeStyle(foreground: .indexed(0), background: .indexed(6),
                                                            attributes: [.bold, .reverse]))
        #expect(theme.styles["diag.error"] == ThemeStyle(foreground: .indexed(9),
                                                         background: .rgb(red: 0x1c, green: 0x1c, blue: 0x1c),
                                                         attributes: .underline))
        #expect(theme.styles["header"] == ThemeStyle(foreground: .indexed(110)))
    }

    @Test func nameComesFromTheFile() throws {
        #expect(try Theme.parse("", source: "/x/Themes/high-contrast.theme").name == "high-contrast")
    }

    @Test func attributesMayBeSpaceSeparatedToo() throws {
        let theme = try parse("x = default default bold underline\r\n")
        #expect(theme.styles["x"]?.attributes == [.bold, .underline])
    }

    @Test func missingEquals() {
        #expect(error("default = default default\n  header black cyan") ==
            "t.theme:2:3: expected 'STYLE = FOREGROUND BACKGROUND [ATTRIBUTES]'")
    }

    @Test func missingStyleName() {
        #expect(error(" = red blue") == "t.theme:1:2: missing style name before '='")
    }

    @Test func badStyleName() {
        #expect(error("list..selected = red blue") ==
            "t.theme:1:1: 'list..selected' is not a style name (dotted words such as list.selected)")
        #expect(error("list sel = red blue") == "t.theme:1:6: a style name has no spaces")
    }

    @Test func missingColours() {
        #expect(error("header =") ==
            "t.theme:1:9: missing foreground and background colours (use 'default' for the terminal's own)")
        #expect(error("header = red") == "t.theme:1:13: missing background colour (use 'default' for the terminal's own)")
    }

    @Test func unknownColourNamesItsColumn() {
        #expect(error("# c\nheader = blakc cyan") == "t.theme:2:10: unknown colour 'blakc' (did you mean 'black'?)")
        #expect(error("header = red purple") ==
            "t.theme:1:14: unknown colour 'purple' (a name such as red or bright-red, 0-255, #rrggbb or default)")
    }

    @Test func colourNumberOutOfRange() {
        #expect(error("header = 256 cyan") == "t.theme:1:10: colour number 256 is out of range 0-255")
    }

    @Test func badHexColour() {
        #expect(error("header = red #12345g") == "t.theme:1:14: '#12345g' is not a #rrggbb colour")
        #expect(error("header = red #1234") == "t.theme:1:14: '#1234' is not a #rrggbb colour")
    }

    @Test func unknownAttributeNamesItsColumn() {
        #expect(error("header = red cyan bold,blod") == "t.theme:1:24: unknown attribute 'blod' (did you mean 'bold'?)")
        #expect(error("header = red cyan bold,shiny") ==
            "t.theme:1:24: unknown attribute 'shiny' (bold, dim, underline, reverse, italic, blink, standout or none)")
    }

    @Test func duplicateStyle() {
        #expect(error("a = red cyan\nb = red cyan\na = blue cyan") ==
            "t.theme:3:1: style 'a' is already defined on line 1")
    }

    @Test func emptyFileIsAThemeOfNothing() throws {
        let theme = try parse("# nothing\n\n")
        #expect(theme.styles.isEmpty)
        #expect(theme.style(named: "header") == .plain)
    }

    @Test func crlfLinesAreLinesWithTheirOwnNumbers() throws {
        #expect(try parse("default = default default\r\nheader = black cyan bold\r\n").styles.count == 2)
        #expect(error("default = default default\r\nheader = black cyna\r\n") == "t.theme:2:16: unknown colour 'cyna' (did you mean 'cyan'?)")
    }
}
