import CNCurses
import Canvas

/// One input unit as ncurses' get_wch returns it: a character, or a key code (KEY_UP...) when
/// keypad translation recognised an escape sequence.
public struct RawInput: Hashable, Sendable {
    public var isKeyCode: Bool
    public var value: UInt32

    public init(isKeyCode: Bool = false, value: UInt32) {
        self.isKeyCode = isKeyCode
        self.value = value
    }

    /// A plain character.
    public static func char(_ scalar: Unicode.Scalar) -> RawInput { RawInput(value: scalar.value) }
    /// An ncurses key code.
    public static func code(_ code: Int32) -> RawInput { RawInput(isKeyCode: true, value: UInt32(code)) }
}

/// Turns what the terminal sends into the editor's `Key`: one pure function, so every
/// terminal's quirks are tested without a terminal.
///
/// - Key codes ncurses recognised from terminfo map one to one (KEY_RESIZE is `.resize`).
/// - ESC followed at once by a printable character is Alt+that character (terminals send
///   Alt-x as ESC x); ESC alone, or followed by a key or a control character, is `.esc`.
/// - ESC [ ... and ESC O ... sequences that terminfo did not know (TERM=vt100 inside tmux sends
///   Home as ESC [ 1 ~) are decoded here; unknown complete sequences (F-keys, mouse) are
///   dropped rather than typed into a field.
/// - Control characters: CR/LF Enter, TAB Tab, DEL/BS Backspace, others Ctrl+letter.
/// - Left/Right with Ctrl or Alt (xterm's ESC [ 1 ; 5 D, rxvt's ESC O d, terminfo's kLFT5) are
///   word moves; other modifiers are dropped (Ctrl-Up moves up).
public enum KeyDecoder {
    static let escape: UInt32 = 27

    /// Codes `standardCode(forExtendedName:)` gives Ctrl/Alt-Left and Right, which ncurses has
    /// no standard code for: far above ncurses' own (KEY_MAX and the extended keys it numbers
    /// after it), so no key it reports can be mistaken for them.
    public static let wordLeftCode: Int32 = 0x7fff_0001
    public static let wordRightCode: Int32 = 0x7fff_0002

    /// Decodes the first key from `input` (the first unit read, followed by whatever was
    /// already waiting). Returns the key (nil: input to ignore) and how many units it used
    /// (at least 1 when input is not empty); the caller keeps the rest for the next call.
    public static func decode(_ input: ArraySlice<RawInput>) -> (key: Key?, consumed: Int) {
        guard let first = input.first else { return (nil, 0) }
        if first.isKeyCode { return (keyCode(Int32(bitPattern: first.value)), 1) }
        guard first.value == escape else { return (character(first.value), 1) }
        let rest = input.dropFirst()
        guard let second = rest.first, !second.isKeyCode else { return (.esc, 1) }
        if second.value == UInt32(UInt8(ascii: "[")) || second.value == UInt32(UInt8(ascii: "O")),
           let (key, length) = controlSequence(rest.dropFirst()) {
            return (key, 2 + length)
        }
        if let scalar = Unicode.Scalar(second.value), isPrintable(scalar) {
            return (.alt(Character(scalar)), 2)
        }
        return (.esc, 1)
    }

    /// A key code from ncurses' keypad translation.
    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_SLEFT: return .left
        case KEY_SRIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_FIND, KEY_BEG, KEY_SHOME: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_SEND: return .end
        case KEY_PPAGE, KEY_A3, KEY_SPREVIOUS: return .pageUp
        case KEY_NPAGE, KEY_C3, KEY_SNEXT: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC, KEY_SDC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case wordLeftCode: return .ctrlLeft
        case wordRightCode: return .ctrlRight
        default: return nil
        }
    }

    /// The standard key code for an ncurses extended key (a code above KEY_MAX) by its
    /// keyname: terminfo's names for modified keys, e.g. kUP5 (Ctrl-Up) or kcbt2. The modifier
    /// is dropped (Ctrl-Up moves up), except that Left/Right with Alt (3, 4) or Ctrl (5...8) are
    /// the word moves. nil for names that are no key of ours.
    public static func standardCode(forExtendedName name: String) -> Int32? {
        let base = name.hasPrefix("k") ? String(name.dropFirst().prefix(while: { !$0.isNumber })) : ""
        let modifier = Int(name.drop(while: { !$0.isNumber })) ?? 1
        if isWordModifier(modifier) {
            if base == "LFT" { return wordLeftCode }
            if base == "RIT" { return wordRightCode }
        }
        switch base {
        case "UP": return KEY_UP
        case "DN": return KEY_DOWN
        case "LFT": return KEY_LEFT
        case "RIT": return KEY_RIGHT
        case "HOM": return KEY_HOME
        case "END": return KEY_END
        case "PRV": return KEY_PPAGE
        case "NXT": return KEY_NPAGE
        case "DC": return KEY_DC
        case "cbt": return KEY_BTAB
        default: return nil
        }
    }

    /// A character that is not ESC.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter
        case 9: return .tab
        case 127, 8: return .backspace
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 96)))
        case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 64)))
        default:
            guard let scalar = Unicode.Scalar(value), isPrintable(scalar) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Control characters (C0, DEL, C1) are never typed into text.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.value < 32 || (0x7f...0x9f).contains(scalar.value))
    }

    /// The part of a CSI/SS3 sequence after ESC [ or ESC O: parameters (digits and ';') then a
    /// final byte. nil when incomplete or not such a sequence (then ESC [ is Alt-[).
    static func controlSequence(_ input: ArraySlice<RawInput>) -> (Key?, Int)? {
        var parameters = ""
        var length = 0
        for unit in input {
            guard !unit.isKeyCode, let scalar = Unicode.Scalar(unit.value) else { return nil }
            length += 1
            switch scalar {
            case "0"..."9", ";":
                parameters.unicodeScalars.append(scalar)
            case "\u{40}"..."\u{7e}":
                return (finalByte(scalar, parameters: parameters), length)
            default:
                return nil
            }
        }
        return nil
    }

    /// xterm's modifier parameter (1 + shift 1, alt 2, ctrl 4): with Alt or Ctrl, Left and Right
    /// move by words.
    static func isWordModifier(_ modifier: Int) -> Bool { (3...8).contains(modifier) }

    private static func finalByte(_ final: Unicode.Scalar, parameters: String) -> Key? {
        let modifier = parameters.split(separator: ";").dropFirst().first.flatMap { Int($0) } ?? 1
        let word = isWordModifier(modifier)
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return word ? .ctrlRight : .right
        case "D": return word ? .ctrlLeft : .left
        case "c": return parameters.isEmpty ? .ctrlRight : nil  // rxvt: ESC O c
        case "d": return parameters.isEmpty ? .ctrlLeft : nil   // rxvt: ESC O d
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~":
            switch parameters.split(separator: ";").first {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            case "5": return .pageUp
            case "6": return .pageDown
            default: return nil
            }
        default: return nil
        }
    }
}
