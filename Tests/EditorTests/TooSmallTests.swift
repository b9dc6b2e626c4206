import Testing
@testable import Editor
import SearchSpace

/// Issue 13 item 19: while "window too small" shows, keys must not change what cannot be
/// seen; quitting, help and Ctrl-Z still work.
struct TooSmallTests {
    static let small = Size(width: 30, height: 8)

    @Test func keysDoNotChangeTheDocumentWhileTheWindowIsTooSmall() {
        var h = Harness()
        h.resize(Self.small)
        let before = h.state.document
        // every key that edits in the list, then a field opened and typed into, a subspace deleted
        h.press("xfdtT FaAD")
        h.press("<enter>123<enter>")
        h.press("/lear<enter>")
        #expect(h.state.document == before, "nothing changed behind 'window too small'")
        #expect(h.state.overlay == nil, "no field, filter or question opened unseen")
        #expect(h.state.status?.text == "enlarge the window to edit; q quits")
        #expect(h.text.contains("window too small"))
        #expect(h.text.contains("enlarge the window"), "the reason shows on the small screen:\n\(h.text)")
        h.resize(Size(width: 80, height: 24))
        #expect(!h.state.isDirty)
        #expect(!h.text.contains("[modified]"))
    }

    @Test func aFieldOpenBeforeShrinkingTakesNoTyping() {
        var h = Harness()
        h.press("j<enter>")
        let session = h.state.editSession
        h.resize(Self.small)
        h.press("9<C-x><enter>")
        #expect(h.state.editSession == session, "the field was not typed into nor committed")
        h.press("<esc>")
        #expect(h.state.overlay == nil, "Esc still leaves the field, restoring it")
        #expect(!h.state.isDirty)
    }

    @Test func quitAndItsQuestionWork() {
        var h = Harness()
        h.press("jx")
        h.resize(Self.small)
        h.press("q")
        #expect(h.state.overlay == .confirmQuit)
        #expect(h.text.contains("unsaved changes: quit?"), "the question shows on the small screen:\n\(h.text)")
        h.press("y")
        #expect(h.effects.last == .quit)

        var clean = Harness()
        clean.resize(Self.small)
        clean.press("q")
        #expect(clean.effects == [.quit])
    }

    @Test func ctrlZSuspendsInEveryWorkingMode() {
        var h = Harness()
        h.press("<C-z>")
        #expect(h.effects == [.suspend])
        h.press("j<enter><C-z>")
        #expect(h.effects == [.suspend, .suspend])
        #expect(h.state.editSession != nil, "the field stays open across the suspension")
        h.resize(Self.small)
        h.press("<C-z>")
        #expect(h.effects.last == .suspend)
    }
}
