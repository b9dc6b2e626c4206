/// The themes built into the binary: every Themes/*.theme, embedded at build time by the
/// EmbedThemes plugin (EmbeddedThemeFiles, generated), so a binary copied alone onto a GPU box
/// has all of them and the .theme files are their only copy. Files in the theme folders
/// (ThemeLibrary) override or add to them. `default` is also the fallback when a requested
/// theme cannot be had, and `monochrome` is used whenever colour is off.
import ThemeFiles

extension Theme {
    /// The names of the built-in themes, sorted, without parsing any of them.
    public static let builtInNames: [String] = EmbeddedThemeFiles.all.map(\.name)

    /// The built-in theme of that name, parsed now, or nil when there is none. The editor
    /// needs one theme at start: parsing only that one, not all of them, is a tenth of a
    /// millisecond or more off every start (BENCHMARKS.md, "The installed binary").
    public static func builtIn(named name: String) -> Theme? {
        guard let file = EmbeddedThemeFiles.all.first(where: { $0.name == name }) else { return nil }
        do {
            return try Theme.parse(file.text, name: file.name, source: "<built-in \(file.file)>")
        } catch {
            // a test parses every file of Themes/, so a broken one never reaches a release
            preconditionFailure("built-in theme \(file.file) is invalid: \(error)")
        }
    }

    /// Every built-in theme by name, all parsed (for listings and tests; starting the editor
    /// needs only `builtIn(named:)`).
    public static let builtIns: [String: Theme] = {
        var themes: [String: Theme] = [:]
        for name in builtInNames { themes[name] = builtIn(named: name) }
        return themes
    }()

    public static let builtInDefault = builtIn("default")
    public static let monochrome = builtIn("monochrome")

    private static func builtIn(_ name: String) -> Theme {
        guard let theme = builtIn(named: name) else { preconditionFailure("Themes/\(name).theme was not built in") }
        return theme
    }
}
