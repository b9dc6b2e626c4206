import Testing
@testable import Editor
import SearchSpace

/// The one table of keys: no key bound twice in a mode, every command reachable, and the
/// help overlay and footer built from it.
struct KeymapTests {
    @Test func noKeyIsBoundTwiceInAMode() {
        for mode in Mode.allCases {
            let keys = Keymap.bindings(in: mode).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(mode): \(keys.map(\.label))")
        }
    }

    @Test func everyCommandHasAKey() {
        let bound = Set(Keymap.bindings.map(\.command))
        for command in Command.allCases {
            #expect(bound.contains(command), "\(command) has no key")
        }
    }

    @Test func everyBindingSaysWhatItDoesAndWorksSomewhere() {
        for binding in Keymap.bindings {
            #expect(!binding.help.isEmpty && !binding.keys.isEmpty && !binding.modes.isEmpty, "\(binding.command)")
        }
    }

    @Test func theHelpOverlayListsEveryBinding() {
        var h = Harness(size: Size(width: 100, height: 30))
        h.press("?")
        var seen = ""
        for _ in 0..<20 {
            seen += h.text + "\n"
            h.press("<pgdn>")
        }
        for binding in Keymap.bindings {
            #expect(seen.contains(binding.keyLabel.padded(to: 18) + " " + binding.help), "\(binding.command)")
        }
        h.press("<esc>")
        #expect(h.state.overlay == nil)
    }

    @Test func theHelpOverlayAt80x24() {
        var h = Harness()
        h.press("?")
        let count = HelpView.lineCount(width: 80, training: h.state.document.space.trainingParameters)
        // the file's training_parameters first, then the keys
        expectLines(h.screen, """
             sweepedit keys — Esc, ? or q closes; j/k scroll                       1-23/\(count)

             This file's training_parameters (every trial; edit them in the file)
               early_stopping       True
               evaluation_frequency 1

             Parameter list
               j/down             next row
               k/up               previous row
            """, rows: 0...8)
        #expect(h.footer.hasPrefix(" esc close  j/k scroll"))
        h.press("q")
        #expect(h.state.overlay == nil)
        #expect(h.effects.isEmpty, "q closes the help, it does not quit")
    }

    /// The style of the footer cell where `text` starts (row 23).
    func footerStyle(_ h: Harness, of text: String) -> String? {
        guard let range = h.footer.range(of: text) else { return nil }
        let column = h.footer.distance(from: h.footer.startIndex, to: range.lowerBound)
        return h.screen[23, column].style
    }

    @Test func theFooterDimsDisabledCommandsInPlaceAndKeepsWholeEntries() {
        var h = Harness(space: "  - nesterov: true\n", size: Size(width: 200, height: 24))
        let before = h.footer
        #expect(footerStyle(h, of: "space flip") == "inactive")
        #expect(footerStyle(h, of: "u undo") == "inactive")
        h.press("jjjjj")
        #expect(h.footer == before, "moving does not rearrange the footer")
        #expect(footerStyle(h, of: "space flip") == "footer.key")
        h.press("x")
        #expect(footerStyle(h, of: "u undo") == "footer.key")
        h.resize(Size(width: 60, height: 24))
        #expect(h.footer == " enter edit  f fixed  d sweep  t kind        ? help  q quit", "whole entries, no 's sa…'")
        #expect(h.footer.columns <= 60)
    }

    @Test func anUnboundKeySaysWhereToLook() {
        var h = Harness()
        h.press("Z")
        #expect(h.status.hasPrefix(" Z does nothing here; ? lists every key"))
    }
}
