import Testing
@testable import SearchSpace
import TestSupport

struct RangeRulesTests {
    @Test func fixedValuesOutsideTheConstraintAreErrors() {
        #expect(messages(check([(.learningRate, fixed(.int(5)))]), .error)
            == ["learning_rate must be in [0, 1], and 5 is not (Azure's default is 0.01)"])
        #expect(messages(check([(.numberOfEpochs, fixed(.int(-3)))]), .error)
            == ["number_of_epochs must be positive, and -3 is not (Azure's default is 15)"])
        #expect(messages(check([(.weightedLoss, fixed(.int(7)))]), .error)
            == ["weighted_loss must be one of 0, 1, 2, and 7 is not (Azure's default is 0)"])
        #expect(check([(.learningRate, fixed(.int(5)))]).first?.fix?.edit == .set(.subspace(0), .learningRate, fixed(.float(0.01))))
        #expect(check([(.learningRate, fixed(.float(0.01))), (.numberOfEpochs, fixed(.int(3)))]).isEmpty)
    }

    @Test func azuresOwnZeroEpochChoiceIsAnError() {
        let found = check([(.numberOfEpochs, choice(.int(0), .int(2)))])
        #expect(messages(found, .error) == ["number_of_epochs must be positive, but the choice includes 0"])
        #expect(found.first?.field == .choiceValue(0))
        // The fix removes the value by index rather than carrying the shorter list (one copy per
        // finding made 8,000 bad values cost 1.5 GB); applied, it leaves the same choice.
        #expect(found.first?.fix?.edit == .removeChoiceValue(.subspace(0), .numberOfEpochs, at: 0))
        #expect(applyingFix(found[0], to: searchSpace([(.numberOfEpochs, choice(.int(0), .int(2)))])).subspaces[0][.numberOfEpochs] == choice(.int(2)))
        #expect(check([(.layersToFreeze, choice(.int(0), .int(2)))]).isEmpty)
    }

    @Test func uniformBeyondTheRangeNamesTheBound() {
        let found = check([(.learningRate, uniform(0.5, 1.5))])
        #expect(messages(found, .error) == ["learning_rate must be in [0, 1], but uniform(0.5, 1.5) reaches 1.5 (max_value)"])
        #expect(found.first?.field == .parameter("max_value"))
        #expect(found.first?.fix?.edit == .set(.subspace(0), .learningRate, uniform(0.5, 1)))
        #expect(check([(.learningRate, uniform(0.5, 1))]).isEmpty)
    }

    @Test func randintDrawsZeroOnAPositiveField() {
        let found = check([(.numberOfEpochs, swept(.randint(upper: .int(10))))])
        #expect(messages(found, .error) == ["number_of_epochs must be positive, but randint(10) draws 0 to 9, including 0"])
        #expect(found.first?.field == .parameter("upper"))
        // layers_to_freeze admits 0. randint(6) tops out at 5, within the layers of either model
        // Azure may default to (FreezeRules judges anything above).
        #expect(check([(.layersToFreeze, swept(.randint(upper: .int(6))))]).isEmpty)
    }

    @Test func qRoundingIsIncludedInBoundedSupports() {
        // quniform(1, 10, 2) rounds 1 / 2 = 0.5 to 0 (half to even): zero epochs.
        let found = check([(.numberOfEpochs, swept(.quniform(min: .int(1), max: .int(10), q: .int(2))))])
        #expect(messages(found, .error) == ["number_of_epochs must be positive, but quniform(1, 10, 2) can draw 0 (min_value, rounded to a multiple of q)"])
        #expect(found.first?.fix?.edit == .set(.subspace(0), .numberOfEpochs, swept(.quniform(min: .int(2), max: .int(10), q: .int(2)))))
        #expect(check([(.numberOfEpochs, swept(.quniform(min: .int(1), max: .int(10), q: .int(1))))]).isEmpty)
    }

    @Test func loguniformAboveOneOnAUnitFieldNamesTheExponent() {
        let found = check([(.beta2, swept(.loguniform(min: .int(-1), max: .float(0.5))))])
        #expect(messages(found, .error) == ["beta2 must be in [0, 1], but loguniform(-1, 0.5) reaches e^max = 1.65 (max_value)"])
        #expect(found.first?.fix?.edit == .set(.subspace(0), .beta2, swept(.loguniform(min: .int(-1), max: .float(0)))))
    }

    @Test func unboundedDistributionsWarnWithTheProbability() {
        let found = check([(.momentum, swept(.normal(mu: .float(0.9), sigma: .float(0.1))))])
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message.hasPrefix("momentum: normal(0.9, 0.1) leaves [0, 1] 16% of the time") == true)
        #expect(found.first?.fix?.edit == .set(.subspace(0), .momentum, uniform(0.7, 1)))
        #expect(check([(.momentum, swept(.normal(mu: .float(0.5), sigma: .float(0.01))))]).isEmpty)
    }

    @Test func qNormalProbabilityCountsRounding() {
        // qnormal(1, 1, 1) draws 0 or less when normal(1, 1) < 0.5: Φ(-0.5) = 30.9%.
        let found = check([(.numberOfEpochs, swept(.qnormal(mu: .int(1), sigma: .int(1), q: .int(1))))])
        #expect(found.first?.message.hasPrefix("number_of_epochs: qnormal(1, 1, 1) draws 0 or less 31% of the time") == true)
        // A rare miss is a note: qlognormal(3, 1, 1) rounds to 0 when e^X < 0.5, 1 trial in 9,000.
        let rare = check([(.numberOfEpochs, swept(.qlognormal(mu: .int(3), sigma: .int(1), q: .int(1))))])
        #expect(rare.map(\.severity) == [.note])
    }

    @Test func probabilitiesMatchTheNormalDistribution() throws {
        let unit = try #require(Allowed(.closedRange(0, 1)))
        let p = try #require(Support.probabilityOutside(.normal(mu: .float(0.9), sigma: .float(0.1)), unit))
        #expect(abs(p - 0.158655) < 1e-5)
        let positive = try #require(Allowed(.positive))
        let q = try #require(Support.probabilityOutside(.qlognormal(mu: .int(0), sigma: .int(1), q: .int(1)), positive))
        #expect(abs(q - 0.244_109) < 1e-5)  // e^X < 0.5 rounds to 0: Φ(ln 0.5)
    }
}
