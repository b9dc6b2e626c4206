import CNCurses
import Canvas
import Testing
@testable import TerminalUI

/// Decoding what terminals send into keys, one case per quirk.
struct KeyDecoderTests {
    private func decode(_ input: [RawInput]) -> (key: Key?, consumed: Int) {
        KeyDecoder.decode(input[...])
    }

    private func decode(text: String) -> (key: Key?, consumed: Int) {
        decode(text.unicodeScalars.map { RawInput.char($0) })
    }

    @Test func printableCharactersAreThemselves() {
        #expect(decode(text: "j").key == .char("j"))
        #expect(decode(text: " ").key == .char(" "))
        #expect(decode(text: "é").key == .char("é"))
        #expect(decode(text: "漢").key == .char("漢"))
    }

    @Test func controlCharacters() {
        #expect(decode(text: "\r").key == .enter)
        #expect(decode(text: "\n").key == .enter)
        #expect(decode(text: "\t").key == .tab)
        #expect(decode(text: "\u{7f}").key == .backspace)
        #expect(decode(text: "\u{8}").key == .backspace)
        #expect(decode(text: "\u{12}").key == .ctrl("r"))
        #expect(decode(text: "\u{3}").key == .ctrl("c"))
        #expect(decode(text: "\u{13}").key == .ctrl("s"))
        #expect(decode(text: "\u{1c}").key == .ctrl("\\"))
        #expect(decode(text: "\u{85}").key == nil, "C1 controls are never typed")
    }

    @Test func keypadCodes() {
        #expect(decode([.code(KEY_UP)]).key == .up)
        #expect(decode([.code(KEY_NPAGE)]).key == .pageDown)
        #expect(decode([.code(KEY_PPAGE)]).key == .pageUp)
        #expect(decode([.code(KEY_HOME)]).key == .home)
        #expect(decode([.code(KEY_END)]).key == .end)
        #expect(decode([.code(KEY_DC)]).key == .delete)
        #expect(decode([.code(KEY_BACKSPACE)]).key == .backspace)
        #expect(decode([.code(KEY_BTAB)]).key == .backTab)
        #expect(decode([.code(KEY_ENTER)]).key == .enter)
        #expect(decode([.code(KEY_RESIZE)]).key == .resize)
        #expect(decode([.code(KEY_FIND)]).key == .home, "vt220-style Home")
        #expect(decode([.code(KEY_F0 + 5)]) == (nil, 1), "F-keys are skipped")
    }

    @Test func escapeAloneIsEsc() {
        #expect(decode(text: "\u{1b}") == (.esc, 1))
    }

    @Test func escapeThenPrintableIsAlt() {
        #expect(decode(text: "\u{1b}x") == (.alt("x"), 2))
        #expect(decode(text: "\u{1b}xj") == (.alt("x"), 2), "the j stays for the next key")
    }

    @Test func escapeBeforeAKeyOrControlLeavesIt() {
        #expect(decode([.char("\u{1b}"), .code(KEY_UP)]) == (.esc, 1))
        #expect(decode(text: "\u{1b}\u{1b}") == (.esc, 1))
        #expect(decode(text: "\u{1b}\r") == (.esc, 1))
    }

    @Test func rawSequencesTerminfoDidNotKnow() {
        #expect(decode(text: "\u{1b}[A") == (.up, 3))
        #expect(decode(text: "\u{1b}OB") == (.down, 3))
        #expect(decode(text: "\u{1b}[1~") == (.home, 4))
        #expect(decode(text: "\u{1b}[4~") == (.end, 4))
        #expect(decode(text: "\u{1b}[3~") == (.delete, 4))
        #expect(decode(text: "\u{1b}[5~") == (.pageUp, 4))
        #expect(decode(text: "\u{1b}[6~") == (.pageDown, 4))
        #expect(decode(text: "\u{1b}[Z") == (.backTab, 3))
        #expect(decode(text: "\u{1b}[1;2C") == (.right, 6), "Shift is ignored")
        #expect(decode(text: "\u{1b}[1;5A") == (.up, 6), "Ctrl-Up moves up")
    }

    @Test func ctrlOrAltWithLeftAndRightMoveByWords() {
        #expect(decode(text: "\u{1b}[1;5D") == (.ctrlLeft, 6), "xterm Ctrl-Left")
        #expect(decode(text: "\u{1b}[1;5C") == (.ctrlRight, 6), "xterm Ctrl-Right")
        #expect(decode(text: "\u{1b}[1;3D") == (.ctrlLeft, 6), "xterm Alt-Left")
        #expect(decode(text: "\u{1b}[1;3C") == (.ctrlRight, 6), "xterm Alt-Right")
        #expect(decode(text: "\u{1b}Od") == (.ctrlLeft, 3), "rxvt Ctrl-Left")
        #expect(decode(text: "\u{1b}Oc") == (.ctrlRight, 3), "rxvt Ctrl-Right")
        #expect(decode([.code(KeyDecoder.wordLeftCode)]).key == .ctrlLeft)
        #expect(decode([.code(KeyDecoder.wordRightCode)]).key == .ctrlRight)
    }

    @Test func readlineLettersAreCtrlAndAltKeys() {
        #expect(decode(text: "\u{15}").key == .ctrl("u"))
        #expect(decode(text: "\u{0b}").key == .ctrl("k"))
        #expect(decode(text: "\u{17}").key == .ctrl("w"))
        #expect(decode(text: "\u{1b}b") == (.alt("b"), 2))
        #expect(decode(text: "\u{1b}f") == (.alt("f"), 2))
    }

    @Test func unknownCompleteSequencesAreDroppedWhole() {
        #expect(decode(text: "\u{1b}[15~j") == (nil, 5), "F5 is not typed as '[15~'")
    }

    @Test func incompleteSequenceIsAltBracket() {
        #expect(decode(text: "\u{1b}[") == (.alt("["), 2))
    }

    @Test func nothingToDecode() {
        #expect(decode([]) == (nil, 0))
    }
}

/// ncurses' extended keys (modified arrows and the like) by their terminfo names.
struct ExtendedKeyNameTests {
    @Test func modifiedKeysBecomeTheirPlainKey() {
        #expect(KeyDecoder.standardCode(forExtendedName: "kUP5") == KEY_UP)
        #expect(KeyDecoder.standardCode(forExtendedName: "kDN3") == KEY_DOWN)
        #expect(KeyDecoder.standardCode(forExtendedName: "kRIT2") == KEY_RIGHT)
        #expect(KeyDecoder.standardCode(forExtendedName: "kHOM5") == KEY_HOME)
        #expect(KeyDecoder.standardCode(forExtendedName: "kcbt2") == KEY_BTAB)
        #expect(KeyDecoder.standardCode(forExtendedName: "kxIN") == nil, "focus-in is no key")
    }

    @Test func ctrlAndAltLeftRightAreWordMoves() {
        #expect(KeyDecoder.standardCode(forExtendedName: "kLFT5") == KeyDecoder.wordLeftCode)
        #expect(KeyDecoder.standardCode(forExtendedName: "kRIT5") == KeyDecoder.wordRightCode)
        #expect(KeyDecoder.standardCode(forExtendedName: "kLFT3") == KeyDecoder.wordLeftCode)
        #expect(KeyDecoder.standardCode(forExtendedName: "kRIT3") == KeyDecoder.wordRightCode)
        #expect(KeyDecoder.standardCode(forExtendedName: "kLFT2") == KEY_LEFT, "Shift-Left is Left")
    }

    @Test func shiftedKeypadCodes() {
        #expect(KeyDecoder.decode([.code(KEY_SRIGHT)][...]).key == .right)
        #expect(KeyDecoder.decode([.code(KEY_SDC)][...]).key == .delete)
    }
}
