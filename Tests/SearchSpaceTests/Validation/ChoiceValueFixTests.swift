import Testing
@testable import SearchSpace
import TestSupport

/// Fixes for one value of a choice (out of range, wrong kind, misspelt) edit that value by
/// index: applied, they change that value only, and they do not carry a copy of the list (one
/// copy per finding made 8,000 bad values cost 1.5 GB).
struct ChoiceValueFixTests {
    let scope = Scope.subspace(0)

    func applying(_ edit: Edit, to setting: Setting, _ id: ParameterID = .randomSeed) -> Setting {
        var space = searchSpace([(id, setting)])
        edit.apply(to: &space)
        return space.subspaces[0][id]
    }

    @Test func replaceChoiceValueReplacesThatValue() {
        let edit = Edit.replaceChoiceValue(scope, .randomSeed, at: 1, with: .int(2))
        #expect(applying(edit, to: choice(.int(1), .float(2), .int(3))) == choice(.int(1), .int(2), .int(3)))
        #expect(applying(edit, to: choice(.int(1), .float(2))) == choice(.int(1), .int(2)), "the last value")
    }

    @Test func anIndexTheChoiceDoesNotHaveChangesNothing() {
        // As removeChoiceValue: the list may have changed since the finding was made.
        let values = choice(.int(1), .int(2))
        for index in [2, -1] {
            #expect(applying(.replaceChoiceValue(scope, .randomSeed, at: index, with: .int(9)), to: values) == values)
            #expect(applying(.removeChoiceValue(scope, .randomSeed, at: index), to: values) == values)
        }
        #expect(applying(.replaceChoiceValue(scope, .randomSeed, at: 0, with: .int(9)), to: fixed(.int(1))) == fixed(.int(1)),
                "not a choice")
        var space = searchSpace([(.randomSeed, values)])
        Edit.replaceChoiceValue(.subspace(3), .randomSeed, at: 0, with: .int(9)).apply(to: &space)
        #expect(space == searchSpace([(.randomSeed, values)]), "no such subspace")
    }

    @Test func aWrongKindFixInALongListChangesThatValueOnly() {
        let k = 6_789
        var values = (0..<10_000).map(Value.int)
        values[k] = .float(Double(k))
        let found = check([(.randomSeed, .swept(.choice(values)))]).filter { $0.fix != nil }
        #expect(found.map(\.field) == [.choiceValue(k)])
        #expect(found.first?.fix?.description == "write \(k)")
        #expect(found.first?.fix?.edit == .replaceChoiceValue(scope, .randomSeed, at: k, with: .int(k)))
        let fixed = applyingFix(found[0], to: searchSpace([(.randomSeed, .swept(.choice(values)))]))
        #expect(fixed.subspaces[0][.randomSeed] == .swept(.choice((0..<10_000).map(Value.int))))
    }

    @Test func anOutOfRangeFixInALongListRemovesThatValueOnly() {
        let k = 4_321
        var values = (1...10_000).map(Value.int)
        values[k] = .int(-5)
        let found = check([(.numberOfEpochs, .swept(.choice(values)))]).filter { $0.severity == .error }
        #expect(found.map(\.field) == [.choiceValue(k)])
        #expect(found.first?.fix?.description == "remove -5 from the choice")
        let fixed = applyingFix(found[0], to: searchSpace([(.numberOfEpochs, .swept(.choice(values)))]))
        var expected = values
        expected.remove(at: k)
        #expect(fixed.subspaces[0][.numberOfEpochs] == .swept(.choice(expected)))
    }

    @Test func theOnlyValueOfAChoiceIsNotRemoved() {
        let found = check([(.numberOfEpochs, choice(.int(-1)))]).filter { $0.severity == .error }
        #expect(found.map(\.field) == [.choiceValue(0)])
        #expect(found.first?.fix == nil, "an empty choice is an error of its own")
    }

    @Test func enumMisspellingsInAChoiceAreReplacedByIndex() {
        let found = check([(.optimizer, choice(.string("sgd"), .string("adamm")))]).filter { $0.fix != nil }
        #expect(found.map(\.field) == [.choiceValue(1)])
        #expect(found.first?.fix?.description == "write adam")
        #expect(applyingFix(found[0], to: searchSpace([(.optimizer, choice(.string("sgd"), .string("adamm")))])).subspaces[0][.optimizer]
            == choice(.string("sgd"), .string("adam")))
    }

    @Test func aFixedModelNameIsStillSetWhole() {
        let found = check([(.modelName, fixed(.string("resnet5")))]).filter { $0.fix != nil }
        #expect(found.first?.fix?.edit == .set(scope, .modelName, fixed(.string("resnet50"))))
        let inChoice = check([(.modelName, choice(.string("vitb16r224"), .string("resnet5")))]).filter { $0.fix != nil }
        #expect(inChoice.first?.fix?.edit == .replaceChoiceValue(scope, .modelName, at: 1, with: .string("resnet50")))
    }
}
