import Testing
@testable import SearchSpace

/// Random sampling through the preview's API: reproducibility, subspace choice, sources,
/// int fields, activity.
struct SamplerTests {
    @Test func aSeedPinsTheFirstTrials() {
        let space = Draws.space([.learningRate: .swept(.uniform(min: .int(0), max: .int(1)))])
        var sampler = Sampler(space: space, seed: 42)
        let lr = sampler.sample(3).map { $0[.learningRate].value }
        // One subspace: no draw picks it, so these are the generator's first doubles.
        #expect(lr == [.float(0.08386297105988216), .float(0.3789802506626686), .float(0.6800434110281394)])
    }

    @Test func theSameSeedGivesTheSameTrials() {
        var a = Sampler(space: Self.twoSubspaces, seed: 5), b = Sampler(space: Self.twoSubspaces, seed: 5)
        var c = Sampler(space: Self.twoSubspaces, seed: 6)
        let ta = a.sample(50), tb = b.sample(50), tc = c.sample(50)
        #expect(ta == tb)
        #expect(ta != tc)
        #expect(ta.map(\.index) == Array(0..<50))
    }

    @Test func subspacesAreChosenEvenly() {
        var space = SearchSpace(subspaces: [])
        for epochs in 1...4 {
            var sub = Subspace()
            sub[.numberOfEpochs] = .fixed(.int(epochs))
            space.subspaces.append(sub)
        }
        var sampler = Sampler(space: space, seed: 1)
        var counts = [0, 0, 0, 0]
        for trial in sampler.sample(40_000) {
            counts[trial.subspace] += 1
            #expect(trial[.numberOfEpochs].value == .int(trial.subspace + 1))
        }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 300 }, "\(counts)")
    }

    @Test func intFieldsYieldInts() {
        let space = Draws.space([
            .numberOfEpochs: .swept(.quniform(min: .int(10), max: .int(40), q: .int(5))),
            .trainingBatchSize: .swept(.qloguniform(min: .int(3), max: .int(5), q: .int(8))),
            .stepLRStepSize: .swept(.qnormal(mu: .int(5), sigma: .int(1), q: .int(1))),
            .layersToFreeze: .swept(.randint(upper: .int(3))),
            .validationBatchSize: .swept(.choice([.int(32), .int(64)])),
            .learningRate: .swept(.uniform(min: .float(0.001), max: .float(0.01))),
        ])
        var sampler = Sampler(space: space, seed: 8)
        for trial in sampler.sample(200) {
            for id in [ParameterID.numberOfEpochs, .trainingBatchSize, .stepLRStepSize, .layersToFreeze, .validationBatchSize] {
                guard case .int = trial[id].value else {
                    Issue.record("\(id.name) gave \(String(describing: trial[id].value))")
                    return
                }
            }
            guard case .float = trial[.learningRate].value else {
                Issue.record("learning_rate should be a float")
                return
            }
        }
    }

    @Test func unsetParametersTakeTrainingParametersThenTheDefault() {
        let space = Draws.space([.optimizer: .fixed(.string("adam")), .beta1: .swept(.uniform(min: .float(0.8), max: .float(0.9)))],
                                training: [.numberOfEpochs: .int(7)])
        var sampler = Sampler(space: space, seed: 0)
        guard let trial = sampler.next() else {
            Issue.record("no trial")
            return
        }
        #expect(trial[.optimizer] == TrialValue(value: .string("adam"), source: .fixed, isActive: true))
        #expect(trial[.beta1].source == .swept)
        #expect(trial[.numberOfEpochs] == TrialValue(value: .int(7), source: .trainingParameters, isActive: true))
        #expect(trial[.learningRate] == TrialValue(value: .float(0.01), source: .azureDefault, isActive: true))
        #expect(trial[.modelName] == TrialValue(value: nil, source: .none, isActive: true))
        #expect(trial.config.map(\.id) == [.numberOfEpochs, .optimizer, .beta1])
    }

    @Test func unsetBatchSizesFollowEachTrialsModel() {
        let space = Draws.space([.modelName: .swept(.choice([.string("vitb16r224"), .string("vits16r224"), .string("resnet50")])),
                                 .validationBatchSize: .fixed(.int(16))])
        var sampler = Sampler(space: space, seed: 3)
        let expected: [Value: Int] = [.string("vitb16r224"): 48, .string("vits16r224"): 128, .string("resnet50"): 78]
        let trials = sampler.sample(60)
        for trial in trials {
            guard let model = trial[.modelName].value, let size = expected[model] else {
                Issue.record("unexpected model \(String(describing: trial[.modelName].value))")
                return
            }
            #expect(trial[.trainingBatchSize] == TrialValue(value: .int(size), source: .azureDefault, isActive: true))
            #expect(trial[.validationBatchSize].value == .int(16))
        }
        #expect(Set(trials.compactMap { $0[.modelName].value }).count == 3)
    }

    @Test func activityIsJudgedOnEachTrialsOwnValues() {
        let space = Draws.space([.optimizer: .swept(.choice([.string("sgd"), .string("AdamW")])),
                                 .momentum: .swept(.uniform(min: .float(0.8), max: .float(0.95)))])
        var sampler = Sampler(space: space, seed: 4)
        let trials = sampler.sample(100)
        for trial in trials {
            let sgd = trial[.optimizer].value == .string("sgd")
            #expect(trial[.momentum].isActive == sgd)
            #expect(trial[.beta1].isActive == !sgd)  // adamw, written in any casing
            #expect(trial[.weightDecay].isActive)
        }
        #expect(Set(trials.map { $0[.momentum].isActive }) == [true, false])
    }

    @Test func activityReadsTheDecidingValueAsTheSDKDoesLikeValidation() {
        // early_stopping: 1 is true to the SDK; the validator's condition rules agree.
        let space = Draws.space([.earlyStopping: .swept(.choice([.int(1), .int(0)])),
                                 .earlyStoppingPatience: .fixed(.int(3))])
        var sampler = Sampler(space: space, seed: 5)
        let trials = sampler.sample(40)
        for trial in trials {
            #expect(trial[.earlyStoppingPatience].isActive == (trial[.earlyStopping].value == .int(1)))
        }
        #expect(Set(trials.map { $0[.earlyStoppingPatience].isActive }) == [true, false])
    }

    @Test func aSpaceWithoutSubspacesHasNoTrials() {
        var sampler = Sampler(space: SearchSpace(subspaces: []), seed: 0)
        #expect(sampler.next() == nil)
        #expect(sampler.sample(3).isEmpty)
    }

    @Test func distributionsThatCannotDrawGiveNoValue() {
        let space = Draws.space([.modelName: .swept(.choice([])), .layersToFreeze: .swept(.randint(upper: .int(0)))])
        var sampler = Sampler(space: space, seed: 0)
        let trial = sampler.next()
        #expect(trial?[.modelName] == TrialValue(value: nil, source: .swept, isActive: true))
        #expect(trial?[.layersToFreeze].value == nil)
    }

    static let twoSubspaces: SearchSpace = {
        var a = Subspace(), b = Subspace()
        a[.modelName] = .swept(.choice([.string("vitb16r224"), .string("vits16r224")]))
        a[.learningRate] = .swept(.loguniform(min: .float(-9.2), max: .float(-4.6)))
        b[.modelName] = .fixed(.string("resnet50"))
        b[.momentum] = .swept(.normal(mu: .float(0.9), sigma: .float(0.02)))
        return SearchSpace(subspaces: [a, b])
    }()
}
