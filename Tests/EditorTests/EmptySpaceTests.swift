import Testing
@testable import Editor
import SearchSpace

/// An empty search space (`search_space:` with nothing, or `[]`) is a real state: a new AutoMode
/// job looks like that. Every key works on it (issue 13, item 12).
struct EmptySpaceTests {
    static let emptySpaces: [(name: String, text: String)] = [
        ("nothing.yml", "task: image_classification\nsearch_space:\n"),
        ("brackets.yml", "task: image_classification\nsearch_space: []\n"),
    ]

    /// Every key of the keymap and every printable character, pressed once on a fresh empty space.
    static let keys: [Key] = {
        var keys = Keymap.bindings.flatMap(\.keys)
        for scalar in 0x20...0x7E { keys.append(.char(Character(Unicode.Scalar(UInt8(scalar))))) }
        return keys
    }()

    @Test(arguments: emptySpaces.map(\.text))
    func everyKeyWorksOnAnEmptySpace(_ text: String) {
        for key in Self.keys {
            var h = Harness(text: text, path: "job.yml")
            #expect(h.state.document.space.subspaces.isEmpty)
            h.send(.key(key))
            if let problem = KeyFuzzTests.check(h.state, export: true) {
                Issue.record("after \(key.label): \(problem)")
            }
        }
    }

    @Test func keysThatChangeASettingSayThereIsNoSubspace() {
        for key in ["x", "t", "T", " ", "F", "<enter>"] {
            var h = Harness(text: Self.emptySpaces[0].text, path: "job.yml")
            h.press(key)
            #expect(h.state.document.space.subspaces.isEmpty, "\(key) changes nothing")
            #expect(h.state.overlay == nil, "\(key) opens nothing")
        }
        var h = Harness(text: Self.emptySpaces[0].text, path: "job.yml")
        h.press("x")
        #expect(h.state.status?.text == "the search space has no subspace; f or d sets a first one, a adds one")
    }

    /// The first setting turns an empty space (a new AutoMode job) into a manual sweep (issue 14).
    @Test func fAndDMakeTheFirstSubspaceWithTheirSetting() {
        for key in ["f", "d"] {
            var h = Harness(text: Self.emptySpaces[0].text, path: "job.yml")
            h.press(key)
            #expect(h.state.document.space.subspaces.count == 1, "\(key)")
            #expect(!h.state.document.space.subspaces[0].isEmpty, "\(key) set the selected parameter")
            h.press("u")
            #expect(h.state.document.space.subspaces.isEmpty, "one undo gives the empty space back")
        }
    }

    @Test func addingToAnEmptySpaceMakesSubspaceOneOfOne() {
        for key in ["a", "A"] {
            var h = Harness(text: Self.emptySpaces[1].text, path: "job.yml")
            #expect(h.lines[0] == " job.yml · no subspace · image_classification · random")
            h.press(key)
            #expect(h.state.document.space.subspaces.count == 1)
            #expect(h.state.subspace == 0)
            #expect(h.lines[0].contains("subspace 1/1"), "\(key): \(h.lines[0])")
            h.press("d")
            #expect(h.state.document.space.subspaces[0][.modelName].distribution != nil, "d works in the new subspace")
        }
    }

    @Test func movingBetweenSubspacesOfAnEmptySpaceStaysPut() {
        var h = Harness(text: Self.emptySpaces[0].text, path: "job.yml")
        h.press("]][[")
        #expect(h.state.subspace == 0)
        #expect(h.lines[0].contains("no subspace"), "\(h.lines[0])")
    }

    @Test func randomKeysOnAnEmptySpace() {
        for (d, document) in Self.emptySpaces.enumerated() {
            for (i, size) in KeyFuzzTests.sizes.enumerated() {
                let run = KeyFuzzTests.run(document, size: size, count: KeyFuzzTests.pressesPerRun,
                                           seed: KeyFuzzTests.seed &+ UInt64(0x100 + d * 16 + i))
                if let failure = run.failure { Issue.record(Comment(rawValue: failure)) }
            }
        }
    }
}
