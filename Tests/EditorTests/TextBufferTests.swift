import Testing
@testable import Editor

/// The text of a field being typed, and its selection (a value just added to a choice).
struct TextBufferTests {
    static func selected(_ text: String) -> TextBuffer {
        var b = TextBuffer(text)
        b.selectAll()
        return b
    }

    @Test func typingReplacesTheSelection() {
        var b = Self.selected("15")
        #expect(b.isSelected)
        b.insert("2")
        b.insert("0")
        #expect(b.text == "20" && b.cursor == 2 && !b.isSelected)
    }

    @Test func aDeletionClearsTheSelectedText() {
        for delete in [{ (b: inout TextBuffer) in b.deleteBackward() }, { (b: inout TextBuffer) in b.deleteForward() }] {
            var b = Self.selected("15")
            delete(&b)
            #expect(b.text == "" && b.cursor == 0 && !b.isSelected)
        }
    }

    @Test func aMoveKeepsTheTextAndEndsTheSelectionWhereItGoes() {
        var b = Self.selected("0.5")
        b.moveLeft()
        #expect(b.text == "0.5" && b.cursor == 0 && !b.isSelected)
        b = Self.selected("0.5")
        b.moveRight()
        #expect(b.cursor == 3 && !b.isSelected)
        b.insert("1")
        #expect(b.text == "0.51", "typing after a move inserts")
        b = Self.selected("0.5")
        b.moveHome()
        #expect(b.cursor == 0 && !b.isSelected)
    }

    @Test func anEmptyTextHasNothingToSelect() {
        #expect(!Self.selected("").isSelected)
    }
}
