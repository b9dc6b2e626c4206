/// The themes built into the binary: every Themes/*.theme, embedded at build time by the
/// EmbedThemes plugin (EmbeddedThemeFiles, generated), so a binary copied alone onto a GPU box
/// has all of them and the .theme files are their only copy. Files in the theme folders
/// (ThemeLibrary) override or add to them. `default` is also the fallback when a requested
/// theme cannot be had, and `monochrome` is used whenever colour is off.
import ThemeFiles

extension Theme {
    /// The built-in themes by name.
    public static let builtIns: [String: Theme] = {
        var themes: [String: Theme] = [:]
        for file in EmbeddedThemeFiles.all {
            do {
                themes[file.name] = try Theme.parse(file.text, name: file.name, source: "<built-in \(file.file)>")
            } catch {
                // a test parses every file of Themes/, so a broken one never reaches a release
                preconditionFailure("built-in theme \(file.file) is invalid: \(error)")
            }
        }
        return themes
    }()

    public static let builtInDefault = builtIn("default")
    public static let monochrome = builtIn("monochrome")

    private static func builtIn(_ name: String) -> Theme {
        guard let theme = builtIns[name] else { preconditionFailure("Themes/\(name).theme was not built in") }
        return theme
    }
}
