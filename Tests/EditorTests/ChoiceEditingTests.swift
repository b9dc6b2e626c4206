import Testing
@testable import Editor
import SearchSpace

/// Adding, removing and reordering the values of a choice; picking known names.
struct ChoiceEditingTests {
    @Test func addTypeAndMoveAValue() {
        var h = Harness()
        h.press("jj<enter><C-o>")
        #expect(h.state.editSession?.focus == 1)
        // the new value is a copy of its neighbour, selected (its own style): typing replaces it
        #expect(h.state.editSession?.buffer.text == "15" && h.state.editSession?.buffer.isSelected == true)
        let row = h.lines.firstIndex { $0.contains("value 2 [15]") } ?? 0
        let box = h.lines[row].range(of: "value 2 [").map { h.lines[row][..<$0.upperBound].count } ?? 0
        #expect(h.screen[row, box].style == "field.selected" && h.screen[row, box - 1].style == "field.editing")
        h.press("20<C-p><enter>")
        #expect(h.setting(.numberOfEpochs) == .swept(.choice([.int(20), .int(15), .int(30)])))
        #expect(h.row("number_of_epochs") == ">  number_of_epochs               sweep choice(20,15,30)")
    }

    @Test func removeAndMoveLater() {
        var h = Harness()
        h.press("jj<enter><C-n>")
        #expect(h.state.editSession?.candidate == .swept(.choice([.int(30), .int(15)])))
        h.press("<C-x><enter>")
        #expect(h.setting(.numberOfEpochs) == .swept(.choice([.int(30)])))
        h.press("<enter><C-x>")
        #expect(h.status.hasPrefix(" a choice keeps at least one value"))
    }

    @Test func theChoiceKeysAreShownWhileEditingAChoice() {
        var h = Harness()
        h.press("jj<enter>")
        #expect(h.text.contains("C-o adds a value · C-x removes it · C-p/C-n move it"))
        h.press("<esc>j<enter><C-o>")
        #expect(h.status.hasPrefix(" only the values of a choice can be added, removed or moved"))
    }

    @Test func modelNamesArePickedFromTheKnownList() {
        var h = Harness()
        h.press("<enter><down>")
        #expect(h.state.editSession?.buffer.text == "vitl16r224")
        h.press("<tab><up><enter>")
        #expect(h.setting(.modelName) == .swept(.choice([.string("vitl16r224"), .string("seresnext")])), "up from vits16r224 is seresnext")
    }
}
