import Testing
@testable import SearchSpace
import TestSupport

struct AlgorithmRulesTests {
    @Test func gridTakesChoiceOnly() {
        let grid = JobSettings(samplingAlgorithm: .grid)
        let found = check([(.layersToFreeze, swept(.randint(upper: .int(3))))], job: grid)
        #expect(messages(found, .error) == ["grid sampling takes choice only, and layers_to_freeze is randint(3); list the values as a choice or use random sampling"])
        #expect(found.first?.fix?.edit == .set(.subspace(0), .layersToFreeze, choice(.int(0), .int(1), .int(2))))
        #expect(check([(.layersToFreeze, choice(.int(0), .int(2)))], job: grid).isEmpty)
    }

    @Test func gridLargerThanMaxTrialsIsANoteWithTheCount() {
        let job = JobSettings(samplingAlgorithm: .grid, maxTrials: 5)
        let found = check([(.numberOfEpochs, choice(.int(10), .int(20), .int(30))), (.layersToFreeze, choice(.int(0), .int(2)))], job: job)
        #expect(messages(found, .note) == ["the grid has 6 points but max_trials is 5: only 5 of them are tried"])
        var roomy = job
        roomy.maxTrials = 6
        #expect(check([(.numberOfEpochs, choice(.int(10), .int(20), .int(30))), (.layersToFreeze, choice(.int(0), .int(2)))], job: roomy).isEmpty)
    }

    @Test func bayesianLimits() {
        let bayes = JobSettings(samplingAlgorithm: .bayesian, maxTrials: 100, earlyTermination: .starter(.bandit))
        let found = check([(.learningRate, swept(.loguniform(min: .int(-9), max: .int(-3))))], job: bayes)
        #expect(messages(found, .error) == [
            "bayesian sampling supports no early termination policy; remove sweep.early_termination or use random sampling",
            "bayesian sampling takes choice, uniform and quniform only, and learning_rate is loguniform(-9, -3); change the distribution or use random sampling",
        ])
        let two = SearchSpace(subspaces: [Subspace(), Subspace()], job: JobSettings(samplingAlgorithm: .bayesian))
        #expect(messages(Validator.check(two), .error).first?.hasPrefix("bayesian sampling takes a single subspace") == true)
        #expect(check([(.learningRate, uniform(0.001, 0.01))], job: JobSettings(samplingAlgorithm: .bayesian, maxTrials: 20)).isEmpty)
    }

    @Test func trialLimits() {
        let found = check([], job: JobSettings(maxTrials: 2000, maxConcurrentTrials: 0))
        #expect(messages(found, .error) == ["max_trials must be 1 to 1000, and it is 2000", "max_concurrent_trials must be 1 to 100, and it is 0"])
        let capped = check([], job: JobSettings(maxTrials: 4, maxConcurrentTrials: 8))
        #expect(messages(capped, .note) == ["max_concurrent_trials 8 is above max_trials 4; Azure silently caps it at 4"])
        #expect(check([], job: JobSettings(maxTrials: 20, maxConcurrentTrials: 4)).isEmpty)
    }
}
