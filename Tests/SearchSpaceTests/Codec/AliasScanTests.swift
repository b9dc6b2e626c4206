import Testing
@testable import SearchSpace
import TestSupport

/// The lexical pass that finds anchors, aliases and complex keys before Yams composes a file.
struct AliasScanTests {
    @Test func findsAnchorsAndAliasesWithTheirPlaces() {
        let scan = AliasScan("base: &lr {type: uniform, min_value: 0.1, max_value: 0.2}\nsearch_space:\n  - learning_rate: *lr\n")
        #expect(scan.anchors.map(\.name) == ["lr"])
        #expect(scan.aliases.map(\.name) == ["lr"])
        #expect(scan.aliases.first?.location == .init(line: 3, column: 20))
        #expect(scan.complexKey == nil)
    }

    @Test func quotesCommentsAndBlockScalarsHoldNoIndicators() {
        let text = """
            description: "a *star and an &amp"
            note: 'it''s *not an alias'
            # *comment &too
            text: |
              *line of text
              &another
            model_name: resnet*50   # a plain scalar may hold * inside
            values: [a&b, c*d]
            odd: a[b
            more: x] and y
            text2: >
              folded *text
            """
        let scan = AliasScan(text)
        #expect(scan.aliases.isEmpty)
        #expect(scan.anchors.isEmpty)
        #expect(scan.complexKey == nil)
    }

    @Test func seesAliasesInFlowAndBlockCollections() {
        let scan = AliasScan("a: &x 1\nb: [*x, *x]\nc: {k: *x}\nd:\n  - *x\n")
        #expect(scan.aliases.count == 4)
        #expect(scan.aliases.map(\.location.line) == [2, 2, 3, 5])
    }

    @Test func findsEachKindOfComplexKey() {
        #expect(AliasScan("? [a, b]\n: 1\n").complexKey == .init(line: 1, column: 1))
        #expect(AliasScan("[a, b]: 1\n").complexKey == .init(line: 1, column: 6))
        #expect(AliasScan("a: &k x\n*k : 1\n").complexKey == .init(line: 2, column: 1))
        #expect(AliasScan("{a: 1, b: [1, 2]}\n").complexKey == nil)
    }

    @Test func aCRLFFileIsScannedLineByLine() {
        // "\r\n" is one Character: split by Character, the whole file was one line, so the block
        // scalar on line 2 hid the alias on line 4.
        let scan = AliasScan("a: &x 1\r\nb: |\r\n  *not\r\nc: *x\r\n")
        #expect(scan.aliases.map(\.name) == ["x"])
        #expect(scan.aliases.first?.location == .init(line: 4, column: 4))
        let job = "defaults: &p {path: data}\r\ntype: automl\r\nsearch_space:\r\n  - optimizer: sgd\r\n    momentum: *p\r\n"
        #expect(loadError(job)?.location == .init(line: 5, column: 15))
    }

    @Test func readingRefusesAliasesOnlyWhereTheSpaceIs() {
        let shared = "defaults: &paths {path: data, type: mltable}\ntype: automl\ntask: image_classification\n"
        let outside = read(shared + "training_data: *paths\nsearch_space:\n  - optimizer: sgd\n")
        #expect(outside?.space.subspaces == [subspace([(.optimizer, fixed(.string("sgd")))])])
        let error = loadError(shared + "search_space:\n  - optimizer: sgd\n    momentum: *paths\n")
        #expect(error?.location == .init(line: 6, column: 15))
        #expect(error?.message.contains("YAML aliases (*paths) are not supported") == true)
    }
}
