/// Text attributes a theme may ask for; on terminals without colour they carry all the meaning.
public struct ThemeAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = ThemeAttributes(rawValue: 1 << 0)
    public static let dim = ThemeAttributes(rawValue: 1 << 1)
    public static let underline = ThemeAttributes(rawValue: 1 << 2)
    public static let reverse = ThemeAttributes(rawValue: 1 << 3)
    public static let italic = ThemeAttributes(rawValue: 1 << 4)
    public static let blink = ThemeAttributes(rawValue: 1 << 5)
    public static let standout = ThemeAttributes(rawValue: 1 << 6)

    /// The spelling in theme files, in a fixed order (also the order `description` writes).
    public static let named: [(name: String, attribute: ThemeAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
        ("italic", .italic), ("blink", .blink), ("standout", .standout),
    ]
}

/// How one style name is drawn: foreground, background and attributes.
public struct ThemeStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: ThemeAttributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: ThemeAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes: what an unknown style name gets.
    public static let plain = ThemeStyle()
}
