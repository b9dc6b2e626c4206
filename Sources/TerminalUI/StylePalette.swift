import CNCurses

/// Style names to ncurses attributes and colour pairs, resolved once per name through the
/// theme's dotted fallback; colour pairs are allocated on first use and shared by every style
/// with the same colours.
struct StylePalette {
    let theme: Theme
    let depth: ColorDepth
    /// use_default_colors() worked: -1 means the terminal's own colour.
    let defaultColors: Bool
    let pairLimit: Int
    private var resolved: [String: (attributes: attr_t, pair: Int32)] = [:]
    private var pairs: [PairKey: Int32] = [:]

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(theme: Theme, depth: ColorDepth, defaultColors: Bool, pairLimit: Int) {
        self.theme = theme
        self.depth = depth
        self.defaultColors = defaultColors
        self.pairLimit = pairLimit
    }

    mutating func resolve(_ name: String) -> (attributes: attr_t, pair: Int32) {
        if let known = resolved[name] { return known }
        let style = theme.style(named: name)
        let result = (Self.cursesAttributes(style.attributes), pair(for: style))
        resolved[name] = result
        return result
    }

    /// The colour numbers of a style's pair, nil when colour is off (pair 0). The terminal's own
    /// colours (-1, -1) get a pair too: ncurses goes back to pair 0 with a full attribute reset,
    /// to another pair with just the colour that changes, a few bytes less at every switch.
    /// Without use_default_colors, "default" is white on black, as curses assumes.
    static func colorNumbers(for style: ThemeStyle, depth: ColorDepth,
                             defaultColors: Bool) -> (foreground: Int32, background: Int32)? {
        guard depth != .none else { return nil }
        var foreground = style.foreground.number(for: depth)
        var background = style.background.number(for: depth)
        if !defaultColors {
            if foreground < 0 { foreground = 7 }
            if background < 0 { background = 0 }
        }
        return (foreground, background)
    }

    private mutating func pair(for style: ThemeStyle) -> Int32 {
        guard let (foreground, background) = Self.colorNumbers(for: style, depth: depth, defaultColors: defaultColors) else {
            return 0
        }
        let key = PairKey(foreground: foreground, background: background)
        if let known = pairs[key] { return known }
        let number = Int32(pairs.count + 1)
        guard number < pairLimit, init_extended_pair(number, foreground, background) == OK else { return 0 }
        pairs[key] = number
        return number
    }

    static func cursesAttributes(_ attributes: ThemeAttributes) -> attr_t {
        var result: attr_t = 0
        if attributes.contains(.bold) { result |= sweepedit_a_bold() }
        if attributes.contains(.dim) { result |= sweepedit_a_dim() }
        if attributes.contains(.underline) { result |= sweepedit_a_underline() }
        if attributes.contains(.reverse) { result |= sweepedit_a_reverse() }
        if attributes.contains(.italic) { result |= sweepedit_a_italic() }
        if attributes.contains(.blink) { result |= sweepedit_a_blink() }
        if attributes.contains(.standout) { result |= sweepedit_a_standout() }
        return result
    }
}
