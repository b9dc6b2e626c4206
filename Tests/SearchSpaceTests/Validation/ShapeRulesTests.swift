import Testing
@testable import SearchSpace
import TestSupport

struct ShapeRulesTests {
    @Test func minAboveMaxIsAnErrorFixedBySwapping() {
        let found = check([(.learningRate, uniform(0.5, 0.1))])
        #expect(messages(found, .error) == ["learning_rate: min_value 0.5 is above max_value 0.1 in uniform(0.5, 0.1); the SDK accepts it, but the bounds are swapped"])
        #expect(found.first?.fix?.edit == .set(.subspace(0), .learningRate, uniform(0.1, 0.5)))
        #expect(check([(.learningRate, uniform(0.1, 0.5))]).isEmpty)
    }

    @Test func sigmaAndQMustBePositive() {
        let sigma = check([(.momentum, swept(.normal(mu: .float(0.9), sigma: .float(-0.1))))])
        #expect(messages(sigma, .error) == ["momentum: sigma of normal(0.9, -0.1) is -0.1; sigma must be above 0"])
        let q = check([(.numberOfEpochs, swept(.quniform(min: .int(1), max: .int(10), q: .int(0))))])
        #expect(messages(q, .error) == ["number_of_epochs: q is 0, which the SDK accepts, but values are rounded to multiples of q: nothing is a multiple of 0"])
        #expect(q.first?.fix?.edit == .set(.subspace(0), .numberOfEpochs, swept(.quniform(min: .int(1), max: .int(10), q: .int(1)))))
    }

    @Test func randintNeedsAnUpperOfAtLeastOneAndTruncatesFractions() {
        #expect(check([(.layersToFreeze, swept(.randint(upper: .int(0))))]).first?.severity == .error)
        let fraction = check([(.layersToFreeze, swept(.randint(upper: .float(5.5))))])
        #expect(messages(fraction, .warning) == ["layers_to_freeze: the SDK truncates randint(5.5) to randint(5), which draws 0 to 4"])
        #expect(fraction.first?.fix?.edit == .set(.subspace(0), .layersToFreeze, swept(.randint(upper: .int(5)))))
        #expect(check([(.layersToFreeze, swept(.randint(upper: .int(5))))]).isEmpty)
    }

    @Test func emptyChoiceAndDuplicates() {
        #expect(check([(.numberOfEpochs, choice())]).first?.severity == .error)
        let repeated = check([(.numberOfEpochs, choice(.int(10), .int(20), .int(10)))])
        #expect(repeated.map(\.severity).contains(.warning))
        #expect(repeated.first { $0.severity == .warning }?.field == .choiceValue(2))
        let enums = check([(.optimizer, choice(.string("sgd"), .string("adam")))])
        #expect(enums.isEmpty)
    }

    @Test func qWiderThanTheIntervalAlwaysYieldsOneValue() {
        let found = check([(.weightDecay, swept(.quniform(min: .float(0.0001), max: .float(0.01), q: .int(1))))])
        #expect(messages(found, .warning) == ["weight_decay: quniform(0.0001, 0.01, 1) always yields 0: q 1 is wider than the range 0.0001..0.01"])
        #expect(found.first?.fix?.edit == .set(.subspace(0), .weightDecay, swept(.uniform(min: .float(0.0001), max: .float(0.01)))))
        #expect(check([(.weightDecay, swept(.quniform(min: .float(0.0001), max: .float(0.01), q: .float(0.001))))]).isEmpty)
    }
}
