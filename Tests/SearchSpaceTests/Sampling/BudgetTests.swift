import Foundation
import Testing
@testable import SearchSpace

/// The budget's closed forms against their definitions and against the sampler itself: many
/// simulated sweeps of N trials, each figure within five binomial (or sample) standard errors.
struct BudgetTests {
    /// Two subspaces as a user writes them: four models and a uniform learning rate in one,
    /// a fixed model (also in the first) and three epoch counts in the other.
    static var space: SearchSpace {
        var a = Subspace()
        a[.modelName] = .swept(.choice([.string("resnet50"), .string("seresnext"), .string("vitb16r224"), .string("mobilenetv2")]))
        a[.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.011)))
        var b = Subspace()
        b[.modelName] = .fixed(.string("resnet50"))
        b[.numberOfEpochs] = .swept(.choice([.int(10), .int(20), .int(40)]))
        var space = SearchSpace(subspaces: [a, b])
        space.job.maxTrials = 12
        space.job.maxConcurrentTrials = 5
        space.job.timeoutMinutes = 90
        return space
    }

    /// P(all seen) by the definition: inclusion-exclusion over every subset of the values.
    static func bySubsets(_ p: [Double], _ n: Int) -> Double {
        var total = 0.0
        for mask in 0..<(1 << p.count) {
            var missed = 0.0
            for i in p.indices where mask & (1 << i) != 0 { missed += p[i] }
            let sign = mask.nonzeroBitCount % 2 == 0 ? 1.0 : -1.0
            total += sign * pow(1 - missed, Double(n))
        }
        return total
    }

    @Test func coverageMatchesInclusionExclusionOverEverySubset() {
        for p in [[0.25, 0.25, 0.25, 0.25], [0.5, 0.125, 0.125, 0.125], [0.3, 0.2, 0.1, 0.05, 0.05]] {
            let coverage = CoverageProbability(probabilities: p)
            for n in [1, 3, 4, 5, 8, 20, 60] {
                let expected = Self.bySubsets(p, n)
                #expect(abs(coverage.probability(trials: n) - expected) < 1e-12, "p \(p), n \(n)")
                #expect(abs(coverage.positiveSum(trials: n) - expected) < 1e-12, "positive sum, p \(p), n \(n)")
                if Set(p).count == 1 { #expect(abs(coverage.distinctChain(trials: n) - expected) < 1e-12, "chain, p \(p), n \(n)") }
            }
        }
    }

    /// Fifty values after 60 trials: the alternating terms reach ~1e14 and cancel; the figure
    /// must still agree with the sum of non-negative terms, stay in [0, 1] and grow with N.
    @Test func coverageStaysStableForManyValuesAndTrials() {
        for values in [10, 30, 50, 100] {
            let coverage = CoverageProbability(probabilities: Array(repeating: 1 / Double(values), count: values))
            var previous = 0.0
            for n in stride(from: values, through: 1000, by: 37) {
                let p = coverage.probability(trials: n)
                #expect(p >= previous - 1e-12 && p <= 1, "\(values) values, \(n) trials: \(p) after \(previous)")
                // the positive sum costs values x N^2: compared where it is quick in a debug build
                if n <= 250 { #expect(abs(p - coverage.positiveSum(trials: n)) < 1e-9, "\(values) values, \(n) trials") }
                #expect(abs(p - coverage.distinctChain(trials: n)) < 1e-9, "chain, \(values) values, \(n) trials")
                previous = p
            }
        }
        // unequal probabilities with many groups (the positive sum carries them)
        let uneven = (1...12).map { Double($0) }
        let total = uneven.reduce(0, +)
        let coverage = CoverageProbability(probabilities: uneven.map { $0 / total })
        #expect(abs(coverage.probability(trials: 300) - coverage.positiveSum(trials: 300)) < 1e-9)
    }

    @Test func trialsNeededIsTheSmallestReachingTheTarget() throws {
        let coverage = CoverageProbability(probabilities: Array(repeating: 0.1, count: 10))
        let n = try #require(coverage.trialsNeeded(for: 0.95, limit: 1000))
        #expect(coverage.probability(trials: n) >= 0.95)
        #expect(coverage.probability(trials: n - 1) < 0.95)
        // 200 values at 0.5% each: the coupon collector needs about 200 (ln 200 + 3) ~ 1660 trials
        #expect(CoverageProbability(probabilities: Array(repeating: 0.005, count: 200)).trialsNeeded(for: 0.95, limit: 1000) == nil)
        for p in [0.5, 0.125, 0.01, 0.003] {
            let needed = try #require(ChoiceBudget.trialsNeeded(p, limit: 10_000))
            #expect(ChoiceBudget.chanceTried(p, needed) >= 0.95 && ChoiceBudget.chanceTried(p, needed - 1) < 0.95)
        }
    }

    @Test func unexploredFractionMatchesItsIntegral() {
        for n in [0, 1, 2, 5, 30] {
            // the integral of (1 - l(x))^n by the midpoint rule on a fine grid
            let steps = 200_000
            var sum = 0.0
            for i in 0..<steps {
                let x = (Double(i) + 0.5) / Double(steps)
                sum += pow(1 - (min(x + 0.1, 1) - max(x - 0.1, 0)), Double(n))
            }
            #expect(abs(RangeBudget.unexplored(draws: n) - sum / Double(steps)) < 1e-6, "n \(n)")
        }
        // the binomial mixture's closed form against its sum
        for (trials, share) in [(12, 0.5), (40, 1.0 / 3), (1, 1.0)] {
            var mixture = 0.0
            for n in 0...trials {
                mixture += CoverageProbability.binomialPMF(trials, n, share) * RangeBudget.unexplored(draws: n)
            }
            #expect(abs(RangeBudget.expectedUnexplored(trials: trials, share: share) - mixture) < 1e-12)
        }
    }

    /// The figures against 20,000 simulated sweeps of the space's 12 trials.
    @Test func closedFormsMatchTheSampler() throws {
        let space = Self.space
        let budget = Budget(space: space, trials: 12)
        let sweeps = 20_000
        var sampler = Sampler(space: space, seed: 2026)
        var allModels = 0, allEpochs = 0, distinctModels = 0.0, firstSubspace = 0.0, epochs = 0.0, unexplored = 0.0
        var unexploredSquares = 0.0
        var tried: [Value: Int] = [:]
        for _ in 0..<sweeps {
            let trials = sampler.sample(12)
            let models = Set(trials.compactMap { $0[.modelName].value })
            if models.count == 4 { allModels += 1 }
            distinctModels += Double(models.count)
            for m in models { tried[m, default: 0] += 1 }
            if Set(trials.filter { $0.subspace == 1 }.compactMap { $0[.numberOfEpochs].value }).count == 3 { allEpochs += 1 }
            firstSubspace += Double(trials.filter { $0.subspace == 0 }.count)
            for trial in trials { epochs += trial[.numberOfEpochs].value?.number ?? .nan }
            let u = trials.filter { $0.subspace == 0 }.compactMap { $0[.learningRate].value?.number }.map { ($0 - 0.001) / 0.01 }
            let f = Self.unexploredShare(u)
            unexplored += f
            unexploredSquares += f * f
        }
        let r = Double(sweeps)
        func within(_ observed: Double, _ p: Double, _ what: String) {
            let sigma = (p * (1 - p) / r).squareRoot()
            #expect(abs(observed - p) <= 5 * sigma + 1e-9, "\(what): simulated \(observed), closed form \(p)")
        }
        let models = try #require(budget.choices.first { $0.parameter == .modelName })
        within(Double(allModels) / r, models.chanceAllTried, "P(all models tried)")
        for v in models.values { within(Double(tried[v.value] ?? 0) / r, v.chanceTried, "P(\(v.value) tried)") }
        #expect(abs(distinctModels / r - models.expectedDistinct) < 0.02, "distinct models \(distinctModels / r) vs \(models.expectedDistinct)")
        let numberOfEpochs = try #require(budget.choices.first { $0.parameter == .numberOfEpochs })
        // number_of_epochs takes 15 (Azure's default) in subspace 1 and 10, 20, 40 in subspace 2
        #expect(numberOfEpochs.values.count == 4)
        #expect(abs(budget.expectedTrialsPerSubspace[0] - firstSubspace / r) < 0.05)
        // 15 in half the trials, (10 + 20 + 40) / 3 in the other half
        let perTrial = try #require(budget.expectedEpochsPerTrial)
        let written: Double = (15.0 + 70.0 / 3.0) / 2.0
        #expect(abs(perTrial - written) < 1e-12)
        #expect(abs(epochs / r - (budget.expectedTotalEpochs ?? 0)) < 0.5)
        let range = try #require(budget.ranges.first { $0.parameter == .learningRate })
        let mean = unexplored / r, sd = (unexploredSquares / r - mean * mean).squareRoot()
        #expect(abs(mean - range.expectedUnexplored) <= 5 * sd / r.squareRoot(), "unexplored \(mean) vs \(range.expectedUnexplored)")
        _ = allEpochs
        #expect(budget.waves == 3)
        #expect(budget.concurrentTrials == 5)
        #expect(budget.minutesPerWave == 30)
    }

    /// 1 - the length of the union of [u - 0.1, u + 0.1] inside [0, 1].
    static func unexploredShare(_ draws: [Double]) -> Double {
        var covered = 0.0, reach = 0.0
        for u in draws.sorted() {
            let low = max(max(u - 0.1, 0), reach), high = min(u + 0.1, 1)
            if high > low { covered += high - low }
            reach = max(reach, high)
        }
        return 1 - covered
    }

    @Test func gridAndBayesianFigures() {
        var grid = Self.space
        grid.subspaces[0][.learningRate] = .swept(.choice([.float(0.001), .float(0.01)]))
        grid.job.samplingAlgorithm = .grid
        let g = Budget(space: grid, trials: 5)
        // 4 models x 2 rates + 3 epoch counts = 11 points
        #expect(g.grid?.size == .exact(11))
        #expect(g.grid?.neverRun == 6)
        #expect(g.grid?.runsAll == false)
        #expect(Budget(space: grid, trials: 11).grid?.runsAll == true)
        // 30 trials asked, 11 points: the sweep ends after 11 (3 waves of 5)
        let all = Budget(space: grid, trials: 30)
        #expect(all.runs == 11)
        #expect(all.waves == 3)
        var bayes = SearchSpace(subspaces: [Self.space.subspaces[0]])
        bayes.job.samplingAlgorithm = .bayesian
        let b = Budget(space: bayes, trials: 30)
        #expect(b.bayesian?.sweptParameters == 2)
        #expect(b.bayesian?.advisedTrials == 40)
        #expect(b.bayesian?.isEnough == false)
    }
}
