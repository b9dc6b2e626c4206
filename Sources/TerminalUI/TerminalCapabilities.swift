/// What the terminal can show, decided from the environment once at start (pure, tested).
public struct TerminalCapabilities: Hashable, Sendable {
    /// The locale encodes text as UTF-8: any character can be sent (else only ASCII).
    public var utf8: Bool
    /// Box drawing, block elements and symbols can be drawn as Unicode (else ASCII stand-ins).
    public var unicodeGlyphs: Bool
    /// Colours to use: `.none` when NO_COLOR is set or the terminal has none.
    public var colorDepth: ColorDepth

    public init(utf8: Bool, unicodeGlyphs: Bool, colorDepth: ColorDepth) {
        self.utf8 = utf8
        self.unicodeGlyphs = unicodeGlyphs
        self.colorDepth = colorDepth
    }

    /// Terminal types whose real hardware or font has no Unicode line drawing: a vt100 or the
    /// Linux console's 512-glyph font, which TERM=linux announces.
    static let asciiTerminals: Set<String> = ["vt52", "vt100", "vt102", "vt220", "vt320", "linux", "ansi", "dumb", "cons25"]

    /// - codeset: the locale's character set (nl_langinfo(CODESET) after setlocale).
    /// - term: $TERM. - noColor: $NO_COLOR is set and not empty (no-color.org).
    /// - hasColors / colors: ncurses' has_colors() and COLORS.
    /// - forceASCII: $SWEEPEDIT_ASCII is set and not empty, for a terminal whose font or
    ///   character-set setting (PuTTY's translation, say) garbles line drawing.
    public static func decide(codeset: String, term: String, noColor: Bool, hasColors: Bool,
                              colors: Int, forceASCII: Bool = false) -> TerminalCapabilities {
        // the standard library's filter, not Foundation's replacingOccurrences: that one goes
        // through NSString and CoreFoundation, a few hundred microseconds of a start
        let normalized = codeset.uppercased().filter { $0 != "-" }
        let utf8 = normalized == "UTF8"
        let base = term.split(separator: "-").first.map(String.init) ?? term
        let unicodeGlyphs = utf8 && !forceASCII && !asciiTerminals.contains(term) && !asciiTerminals.contains(base)
        let depth = noColor || !hasColors ? ColorDepth.none : ColorDepth(colors: colors)
        return TerminalCapabilities(utf8: utf8, unicodeGlyphs: unicodeGlyphs, colorDepth: depth)
    }
}
