import Testing
@testable import SearchSpace

/// The budget warning: a model random sampling may never try, at the model_name it is written
/// in, with the max_trials that makes its chance 95%.
struct BudgetRulesTests {
    static func space(models: Int, trials: Int, algorithm: SamplingAlgorithm = .random) -> SearchSpace {
        var sub = Subspace()
        sub[.modelName] = .swept(.choice(Models.names.prefix(models).map { .string($0) }))
        var other = Subspace()
        other[.modelName] = .fixed(.string(Models.names[models]))
        var space = SearchSpace(subspaces: [sub, other])
        space.job.maxTrials = trials
        space.job.samplingAlgorithm = algorithm
        return space
    }

    static func warnings(_ space: SearchSpace) -> [Diagnostic] {
        Validator.check(space).filter { $0.severity == .warning && $0.subject == .parameter(.modelName) }
    }

    @Test func aModelUnlikelyToBeTriedIsWarnedWithTheTrialsThatReach95Percent() throws {
        let space = Self.space(models: 5, trials: 6)
        let warning = try #require(Self.warnings(space).first)
        #expect(warning.scope == .subspace(0))
        #expect(warning.message.contains("46.8%"))
        // each of the five models: 1/10 a trial; 1 - 0.9^N >= 0.95 first at N = 29
        guard case .setJob(let job)? = warning.fix?.edit else { Issue.record("no max_trials fix"); return }
        #expect(job.maxTrials == 29)
        var fixed = space
        warning.fix?.edit.apply(to: &fixed)
        #expect(Self.warnings(fixed).isEmpty)
        var oneShort = space
        oneShort.job.maxTrials = 28
        #expect(!Self.warnings(oneShort).isEmpty)
    }

    @Test func aSweepThatNeedsMoreThan1000TrialsIsToldToSplit() throws {
        var space = Self.space(models: 5, trials: 1000)
        // one subspace per model, and 400 subspaces of a fixed model: each model 1/405 a trial
        space.subspaces += Array(repeating: space.subspaces[1], count: 400)
        let warning = try #require(Self.warnings(space).first)
        #expect(warning.fix == nil)
        #expect(warning.message.contains("split the sweep"))
    }

    @Test func gridAndEnoughTrialsAreNotWarned() {
        #expect(Self.warnings(Self.space(models: 5, trials: 29)).isEmpty)
        #expect(Self.warnings(Self.space(models: 5, trials: 6, algorithm: .grid)).isEmpty)
    }
}
