import Testing
@testable import SearchSpace

/// Repeated choice values, in short lists (compared pairwise), long lists of numbers (sorted)
/// and long lists of anything else (hashed): each repeat is found once, in order.
struct RepeatedChoiceValueTests {
    func repeats(_ values: [Value], enum caseInsensitive: Bool = false) -> [Int] {
        ShapeRules.repeatedIndices(values, caseInsensitive: caseInsensitive)
    }

    @Test func aRepeatAtTheEndOfALongListIsFound() {
        let seeds = (0..<100_000).map(Value.int)
        #expect(repeats(seeds).isEmpty)
        #expect(repeats(seeds + [.int(99_999)]) == [100_000])
        #expect(repeats(seeds + [.float(0)]) == [100_000], "1 and 1.0 are the same to the sampler")
    }

    @Test func everyLaterCopyIsARepeatInOrder() {
        let values = (0..<40).map { Value.int($0 % 10) }
        #expect(repeats(values) == Array(10..<40))
        #expect(repeats(values.reversed()) == Array(10..<40))
    }

    @Test func numbersCompareAsTheSamplerSeesThem() {
        let long = (1...20).map { Value.float(Double($0)) }
        #expect(repeats(long + [.float(-0.0), .float(0)]) == [21], "-0.0 and 0.0")
        #expect(repeats(long + [.float(.nan), .float(.nan)]).isEmpty, "NaN equals nothing")
        #expect(repeats(long + [.int(1 << 53), .int(1 << 53 + 1)]) == [21], "both are 2^53 as a Double")
        #expect(repeats(long + [.string("1")]).isEmpty, "a string is not a number")
    }

    @Test func longListsOfStringsAndEnumsAreChecked() {
        let names = (0..<50).map { Value.string("model\($0)") }
        #expect(repeats(names + [.string("model7")]) == [50])
        #expect(repeats(names + [.string("MODEL7")]).isEmpty)
        #expect(repeats(names + [.string("MODEL7")], enum: true) == [50])
    }

    @Test func theFixRemovesThatValueOnly() {
        let values = (0..<30).map(Value.int) + [.int(4)]
        let found = check([(.randomSeed, .swept(.choice(values)))]).filter { $0.severity == .warning }
        #expect(found.map(\.field) == [.choiceValue(30)])
        var space = SearchSpace()
        space.subspaces = [Subspace()]
        space.subspaces[0][.randomSeed] = .swept(.choice(values))
        found.first?.fix?.edit.apply(to: &space)
        #expect(space.subspaces[0][.randomSeed] == .swept(.choice((0..<30).map(Value.int))))
    }
}
