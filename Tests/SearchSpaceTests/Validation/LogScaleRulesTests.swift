import Testing
@testable import SearchSpace
import TestSupport

struct LogScaleRulesTests {
    @Test func boundsWrittenAsValuesAreAnErrorRewrittenAsLogs() {
        let found = check([(.learningRate, swept(.loguniform(min: .float(0.001), max: .float(0.1))))])
        #expect(found.count == 1)
        #expect(found.first?.message == "learning_rate: loguniform bounds are exponents of e, so loguniform(0.001, 0.1) draws e^0.001..e^0.1 = 1.001..1.105, not 0.001..0.1; for 0.001..0.1 write loguniform(-6.9078, -2.3026)")
        #expect(found.first?.fix?.description == "rewrite as loguniform(-6.9078, -2.3026), i.e. ln(0.001), ln(0.1)")
        let space = SearchSpace(subspaces: [subspace([(.learningRate, swept(.loguniform(min: .float(0.001), max: .float(0.1))))])])
        #expect(Validator.check(applyingFix(found[0], to: space)).isEmpty)
    }

    @Test func realExponentsPass() {
        #expect(check([(.learningRate, swept(.loguniform(min: .float(-9.21), max: .float(-2.3))))]).isEmpty)
        #expect(check([(.weightDecay, swept(.qloguniform(min: .int(-9), max: .int(-5), q: .float(0.0001))))]).isEmpty)
    }

    @Test func intFieldsKeepTheRangeDrawnEvenly() {
        let found = check([(.trainingBatchSize, swept(.qloguniform(min: .int(16), max: .int(256), q: .int(16))))])
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.fix?.edit == .set(.subspace(0), .trainingBatchSize,
                                                swept(.quniform(min: .int(16), max: .int(256), q: .int(16)))))
        #expect(check([(.trainingBatchSize, swept(.qloguniform(min: .int(3), max: .int(5), q: .int(8))))]).isEmpty)
    }

    /// An unbounded int field (number_of_epochs) has no range to judge the bounds by: an upper
    /// bound of 10 or more (e^10 = 22026 epochs) is surely a value. Both sides of e^10.
    @Test func onAnUnboundedIntFieldTheTrapStartsAtAnUpperBoundOfTen() {
        let atTen = check([(.numberOfEpochs, swept(.qloguniform(min: .int(1), max: .int(10), q: .int(1))))])
        #expect(atTen.map(\.message) == ["number_of_epochs: qloguniform bounds are exponents of e, so qloguniform(1, 10, 1) draws e^1..e^10 = 2.718..22030, not 1..10; number_of_epochs takes integer exponents only, so for 1..10 use quniform(1, 10, 1)"])
        #expect(check([(.numberOfEpochs, swept(.qloguniform(min: .int(1), max: .int(9), q: .int(1))))]).isEmpty)
    }
}
