/// The one spelling of file text bound for a terminal (messages, table cells, names).
///
/// Why: a value such as `"\e]0;PWNED\a\e[2J"` in a file would retitle the window and clear the
/// screen if printed as it is. Control characters (C0, DEL, C1) and the Unicode characters that
/// reorder or break lines (bidirectional overrides and isolates, line and paragraph separators)
/// are written as escapes a YAML or JSON user reads back: `\t`, `\n`, `\r`, else `\u001B`. The
/// editor's screen shows them as `?` (TerminalUI's CellGlyphs); JSON output escapes them itself.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        // the common case, text with nothing to escape, is returned as it is
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return out
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
