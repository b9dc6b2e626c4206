import ArgumentParser
import SearchSpace
import TerminalUI

/// `sweepedit themes`: the theme names `--theme` accepts, one a line, each with where it
/// comes from (built in, or the file that adds or overrides it).
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes found, one a line: the name, then where it comes from.",
        discussion: """
            default, light, high-contrast and monochrome are built in. A NAME.theme file in a folder \
            of $SWEEPEDIT_THEME_PATH (colon-separated) or in ~/.config/sweepedit/themes \
            ($XDG_CONFIG_HOME/sweepedit/themes) adds a theme or overrides the built-in one of that \
            name; the first folder wins. Choose one with --theme NAME|PATH, $SWEEPEDIT_THEME, or \
            `theme = NAME` in the config file.
            """)

    func run() throws {
        let entries = ThemeLibrary.standard().entries()
        let width = entries.map(\.name.count).max() ?? 0
        for entry in entries {
            let padded = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
            StandardOutput.line(TerminalText.escaped("\(padded)  \(Self.describe(entry))"))
        }
    }

    static func describe(_ entry: ThemeLibrary.Entry) -> String {
        switch entry.source {
        case .builtIn: return "built in"
        case .file(let path): return entry.overridesBuiltIn ? "\(path) (instead of the built-in one)" : path
        }
    }
}
