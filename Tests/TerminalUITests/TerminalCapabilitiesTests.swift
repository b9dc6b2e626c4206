import Testing
@testable import TerminalUI

/// Which terminals get colour and Unicode, and the ASCII stand-ins for the others.
struct TerminalCapabilitiesTests {
    @Test func xtermInUTF8HasEverything() {
        let caps = TerminalCapabilities.decide(codeset: "UTF-8", term: "xterm-256color", noColor: false,
                                               hasColors: true, colors: 256)
        #expect(caps == TerminalCapabilities(utf8: true, unicodeGlyphs: true, colorDepth: .palette256))
    }

    @Test func noColorMeansNoColourAtAll() {
        let caps = TerminalCapabilities.decide(codeset: "UTF-8", term: "xterm-256color", noColor: true,
                                               hasColors: true, colors: 256)
        #expect(caps.colorDepth == .none)
    }

    @Test func vt100AndTheConsoleDrawInASCII() {
        for term in ["vt100", "linux", "vt220", "vt100-am"] {
            let caps = TerminalCapabilities.decide(codeset: "UTF-8", term: term, noColor: false,
                                                   hasColors: term == "linux", colors: 8)
            #expect(!caps.unicodeGlyphs, "\(term)")
            #expect(caps.utf8, "\(term): typed text may still be UTF-8")
        }
    }

    @Test func aNonUTF8LocaleDrawsInASCII() {
        let caps = TerminalCapabilities.decide(codeset: "ANSI_X3.4-1968", term: "tmux-256color", noColor: false,
                                               hasColors: true, colors: 256)
        #expect(!caps.unicodeGlyphs && !caps.utf8)
        #expect(TerminalCapabilities.decide(codeset: "utf8", term: "screen", noColor: false, hasColors: true,
                                            colors: 8).unicodeGlyphs)
    }

    @Test func asciiCanBeForced() {
        let caps = TerminalCapabilities.decide(codeset: "UTF-8", term: "xterm-256color", noColor: false,
                                               hasColors: true, colors: 256, forceASCII: true)
        #expect(!caps.unicodeGlyphs && caps.utf8)
    }

    @Test func asciiStandIns() {
        #expect(GlyphFallback.ascii(for: "a") == nil)
        #expect(GlyphFallback.ascii(for: "─") == "-")
        #expect(GlyphFallback.ascii(for: "│") == "|")
        #expect(GlyphFallback.ascii(for: "┼") == "+")
        #expect(GlyphFallback.ascii(for: "╭") == "+")
        #expect(GlyphFallback.ascii(for: "▁") == ".")
        #expect(GlyphFallback.ascii(for: "▆") == ":")
        #expect(GlyphFallback.ascii(for: "█") == "#")
        #expect(GlyphFallback.ascii(for: "…") == "~")
        #expect(GlyphFallback.ascii(for: "→") == ">")
        #expect(GlyphFallback.ascii(for: "漢") == "?")
    }
}
