/// What the terminal is sent for one Screen cell: pure, so the wide-character and fallback
/// rules are tested without a terminal (the terminal layer passes the C library's wcwidth).
struct CellGlyphs: Hashable {
    /// A spacing character followed by its combining marks (ncurses keeps up to 5).
    var scalars: [Unicode.Scalar]
    /// Columns it takes: 2 only for a wide character whose continuation cell follows.
    var columns: Int

    static func single(_ scalar: Unicode.Scalar) -> CellGlyphs { CellGlyphs(scalars: [scalar], columns: 1) }

    /// - wideAllowed: whether the next cell is this one's continuation (asked only for a wide
    ///   character); a wide character without one becomes '?' so the row keeps its columns.
    /// - width: columns of a scalar in the terminal (wcwidth: -1 unprintable, 0 combining).
    static func plan(_ character: Character, capabilities: TerminalCapabilities, wideAllowed: () -> Bool,
                     width: (Unicode.Scalar) -> Int) -> CellGlyphs {
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return .single(" ") }
        if base.value == 0 { return .single(" ") }  // a continuation cell after a narrow character
        if !KeyDecoder.isPrintable(base) { return .single("?") }
        if !capabilities.unicodeGlyphs, let ascii = GlyphFallback.ascii(for: character),
           !capabilities.utf8 || isDecorative(base) {
            return .single(ascii.unicodeScalars.first ?? "?")
        }
        let baseWidth = width(base)
        if baseWidth < 0 || (baseWidth >= 2 && !wideAllowed()) { return .single("?") }
        var result = CellGlyphs(scalars: baseWidth == 0 ? [" ", base] : [base], columns: baseWidth >= 2 ? 2 : 1)
        while result.scalars.count < 5, let mark = scalars.next(), width(mark) == 0 {
            result.scalars.append(mark)
        }
        return result
    }

    /// Characters a view uses for drawing rather than text: replaced by ASCII on terminals
    /// without Unicode glyphs even when the locale could encode them.
    static func isDecorative(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2190...0x21FF, 0x2500...0x25FF, 0x2600...0x27BF, 0x2022, 0x2026, 0x00B7: return true
        default: return false
        }
    }
}
