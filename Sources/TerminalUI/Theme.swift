/// A theme: style names (as the editor writes them into a Screen's cells) mapped to colours
/// and attributes. Names are dotted scopes, as in helix: `list.selected` falls back to `list`,
/// then to the theme's `default` entry, then to the terminal's own colours, so a theme only
/// spells out what it wants to differ and the editor may add finer names without breaking
/// old themes.
public struct Theme: Hashable, Sendable {
    /// The name shown by `sweepedit themes` (the file name without `.theme`).
    public var name: String
    public var styles: [String: ThemeStyle]

    public init(name: String, styles: [String: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a name, with dotted fallback: `a.b.c`, `a.b`, `a`, `default`, plain.
    public func style(named name: String) -> ThemeStyle {
        var key = Substring(name)
        while true {
            if let style = styles[String(key)] { return style }
            guard let dot = key.lastIndex(of: ".") else { break }
            key = key[..<dot]
        }
        return styles["default"] ?? .plain
    }

    /// Whether any style asks for a colour. A theme that does not (monochrome) is used as it
    /// is where colour is off; any other is replaced there by the built-in monochrome theme,
    /// whose attributes were chosen to carry the meaning colours carry elsewhere.
    public var usesColors: Bool {
        styles.values.contains { $0.foreground != .terminalDefault || $0.background != .terminalDefault }
    }

    /// The theme to draw with on a terminal of `depth` colours (none: NO_COLOR or a
    /// colourless terminal).
    public func adapted(to depth: ColorDepth) -> Theme {
        depth == .none && usesColors ? .monochrome : self
    }
}
