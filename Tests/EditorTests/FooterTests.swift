import Testing
@testable import Editor
import SearchSpace

/// What the footer offers in a field: only keys that apply to it.
struct FooterTests {
    @Test func editingABoundOffersNoChoiceKeys() {
        var h = Harness(space: "  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}\n",
                        size: Size(width: 120, height: 24))
        h.press("j<enter>")
        #expect(h.footer.contains("enter ok"))
        #expect(!h.footer.contains("C-o add"))
        #expect(!h.footer.contains("up/down pick"))
    }

    @Test func editingAChoiceValueOffersTheChoiceKeys() {
        var h = Harness(space: "  - number_of_epochs: {type: choice, values: [15, 30]}\n",
                        size: Size(width: 120, height: 24))
        h.press("jj<enter>")
        #expect(h.footer.contains("C-o add"))
    }
}
