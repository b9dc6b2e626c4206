/// ASCII stand-ins for the decorative characters a view draws (box drawing, histogram blocks,
/// arrows, marks), for terminals without Unicode glyphs. Text the user typed is not changed
/// here: it is only replaced (by '?') when the locale cannot encode it at all.
public enum GlyphFallback {
    /// The ASCII character to draw instead of `character`, or nil when it is already ASCII.
    /// Unknown non-ASCII characters become '?', so nothing multi-byte reaches such a terminal.
    public static func ascii(for character: Character) -> Character? {
        guard !character.isASCII else { return nil }
        guard let scalar = character.unicodeScalars.first else { return "?" }
        if let mapped = symbols[scalar] { return mapped }
        switch scalar.value {
        case 0x2500...0x257F: return boxDrawing(scalar)
        case 0x2581...0x2584: return "."
        case 0x2585...0x2587: return ":"
        case 0x2588...0x258F: return "#"
        default: return "?"
        }
    }

    private static let symbols: [Unicode.Scalar: Character] = [
        "\u{2591}": ".", "\u{2592}": ":", "\u{2593}": "#",  // shades
        "\u{2190}": "<", "\u{2191}": "^", "\u{2192}": ">", "\u{2193}": "v",  // arrows
        "\u{25B2}": "^", "\u{25BC}": "v", "\u{25B6}": ">", "\u{25C0}": "<", "\u{25BA}": ">", "\u{25C4}": "<",
        "\u{2026}": "~", "\u{2022}": "*", "\u{00B7}": ".", "\u{25CF}": "*", "\u{25CB}": "o",
        "\u{2713}": "+", "\u{2714}": "+", "\u{2717}": "x", "\u{2718}": "x", "\u{00D7}": "x",
        "\u{26A0}": "!", "\u{2264}": "<", "\u{2265}": ">", "\u{2212}": "-", "\u{2013}": "-",
        "\u{2014}": "-", "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"",
        "\u{00B5}": "u", "\u{00A0}": " ", "\u{25C6}": "*",
    ]

    /// Lines: horizontal '-', vertical '|', corners and junctions '+'.
    private static func boxDrawing(_ scalar: Unicode.Scalar) -> Character {
        switch scalar.value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
            return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F:
            return "|"
        default:
            return "+"
        }
    }
}
