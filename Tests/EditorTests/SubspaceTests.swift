import Testing
@testable import Editor
import SearchSpace

/// ] [ a D: moving between, adding and deleting subspaces.
struct SubspaceTests {
    @Test func bracketsMoveBetweenSubspacesAndTheHeaderSummarisesThem() {
        var h = Harness()
        #expect(h.header == " job.yml · subspace 1/2: vitb16r224, vits16r224 · image_classification · random")
        h.press("]")
        #expect(h.header == " job.yml · subspace 2/2: seresnext, resnet50 · image_classification · random")
        #expect(h.setting(.layersToFreeze) == .swept(.choice([.int(0), .int(2)])))
        h.press("]")
        #expect(h.state.subspace == 0, "wraps around")
        h.press("[")
        #expect(h.state.subspace == 1)
    }

    @Test func aAddsACopyOfTheCurrentSubspaceAfterIt() {
        var h = Harness()
        h.press("a")
        #expect(h.header.hasPrefix(" job.yml [modified] · subspace 2/3: vitb16r224, vits16r224"))
        #expect(h.state.document.space.subspaces[1] == h.state.document.space.subspaces[0])
        h.press("]")
        #expect(h.header.hasPrefix(" job.yml [modified] · subspace 3/3: seresnext, resnet50"))
    }

    @Test func dAsksBeforeDeletingAndUndoBringsItBack() {
        var h = Harness()
        h.press("]D")
        #expect(h.text.contains("Delete subspace 2 of 2?"))
        #expect(h.footer.contains("y yes"))
        h.press("<esc>")
        #expect(h.state.document.space.subspaces.count == 2)
        h.press("Dy")
        #expect(h.state.document.space.subspaces.count == 1)
        #expect(h.header.hasPrefix(" job.yml [modified] · subspace 1/1: vitb16r224, vits16r224"))
        h.press("D")
        #expect(h.status.hasPrefix(" the only subspace cannot be deleted"))
        h.press("u")
        #expect(h.state.document.space.subspaces.count == 2)
    }
}

struct EmptySubspaceTests {
    @Test func shiftAAddsAnEmptySubspace() {
        var h = Harness()
        h.press("A")
        #expect(h.header.hasPrefix(" job.yml [modified] · subspace 2/3: empty"))
        #expect(h.state.document.space.subspaces[1] == Subspace())
        #expect(h.row("learning_rate") == "   learning_rate                  -     0.01 (default)")
    }
}
