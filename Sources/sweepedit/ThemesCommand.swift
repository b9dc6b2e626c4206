import ArgumentParser
import SearchSpace
import TerminalUI

/// `sweepedit themes`: the theme names `--theme` accepts, one a line (built-ins included).
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the names of the themes found, one a line.",
        discussion: """
            Themes are NAME.theme files, searched in $SWEEPEDIT_THEME_PATH (colon-separated), \
            next to the binary (../share/sweepedit/Themes, Themes/, its own folder) and in the repository's \
            Themes/; default and monochrome are also built in. Choose one with --theme NAME|PATH \
            or $SWEEPEDIT_THEME.
            """)

    func run() throws {
        for name in ThemeLibrary.standard().names() {
            StandardOutput.line(TerminalText.escaped(name))
        }
    }
}
