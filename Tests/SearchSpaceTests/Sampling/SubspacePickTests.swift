import Testing
@testable import SearchSpace
import TestSupport

/// Each trial picks its subspace uniformly: with two subspaces about half the trials come from
/// each (a binomial tolerance), on every path that draws trials: the row sampler one trial at a
/// time (the preview's Sampler) and in bulk (`sweepedit sample`), and the streaming statistics
/// (`--stats`). A second copy of the same pick would agree with a wrong one; these do not.
struct SubspacePickTests {
    static func space(subspaces: Int) -> SearchSpace {
        var space = SearchSpace(subspaces: [])
        for epochs in 1...subspaces {
            space.subspaces.append(subspace([(.numberOfEpochs, .fixed(.int(epochs))),
                                             (.learningRate, uniform(0.001, 0.01))]))
        }
        return space
    }

    static let trials = 20_000

    @Test(arguments: [2, 3])
    func theRowSamplerPicksEachSubspaceEvenlyOneByOne(subspaces: Int) {
        var sampler = RowSampler(plan: SamplingPlan(Self.space(subspaces: subspaces)), seed: 11)
        var counts = Array(repeating: 0, count: subspaces)
        for _ in 0..<Self.trials { counts[sampler.draw()] += 1 }
        #expect(isEvenSplit(counts), "\(counts)")
    }

    @Test(arguments: [2, 3])
    func theRowSamplerPicksEachSubspaceEvenlyInBulk(subspaces: Int) {
        var sampler = RowSampler(plan: SamplingPlan(Self.space(subspaces: subspaces)), seed: 12)
        var counts = Array(repeating: 0, count: subspaces)
        sampler.draw(Self.trials) { k, row in
            counts[k] += 1
            #expect(row[ParameterID.numberOfEpochs.index] == Double(k + 1), "the row is its subspace's")
        }
        #expect(isEvenSplit(counts), "\(counts)")
    }

    @Test(arguments: [2, 3])
    func theStreamingStatisticsCountEachSubspaceEvenly(subspaces: Int) {
        let stats = SampleStatistics.random(Self.space(subspaces: subspaces), seed: 13, count: Self.trials)
        #expect(stats.perSubspace.reduce(0, +) == Self.trials)
        #expect(isEvenSplit(stats.perSubspace), "\(stats.perSubspace)")
    }
}
