import Testing
@testable import SearchSpace
import TestSupport

struct LayerRulesTests {
    @Test func aParameterInBothLayersIsAWarningNamingBoth() {
        let found = check([(.learningRate, uniform(0.001, 0.01))], training: [(.learningRate, fixed(.float(0.01)))])
        #expect(messages(found, .warning) == ["learning_rate is set both in subspace 1 (uniform(0.001, 0.01)) and in training_parameters (0.01); Azure documents no precedence, so keep it in one place"])
        #expect(found.first?.fix?.edit == .set(.trainingParameters, .learningRate, .unset))
        #expect(check([(.learningRate, uniform(0.001, 0.01))], training: [(.numberOfEpochs, fixed(.int(10)))]).isEmpty)
    }

    @Test func trainingParametersAreCheckedByTheCatalogue() {
        let found = check([], training: [(.numberOfEpochs, fixed(.int(0)))])
        #expect(found.first?.scope == .trainingParameters)
        #expect(found.first?.message == "number_of_epochs must be positive, and 0 is not (Azure's default is 15)")
    }

    @Test func aDistributionInTrainingParametersIsAnError() {
        let found = check([], training: [(.learningRate, uniform(0.001, 0.01))])
        #expect(messages(found, .error) == ["learning_rate is uniform(0.001, 0.01), but training_parameters holds fixed values only; move the distribution to a subspace of search_space"])
    }
}
