import Foundation
import Testing
@testable import SearchSpace

/// Streaming summaries: what `--stats` prints and the preview's sparkline uses.
struct StatisticsTests {
    @Test func aStreamGivesMinMeanMaxAndBuckets() {
        var s = Statistics(lower: 0, upper: 10, buckets: 5)
        for x in [0.0, 1, 2.5, 9.99, 10, 12, -3] { s.add(x) }
        #expect(s.count == 7)
        #expect(s.min == -3)
        #expect(s.max == 12)
        #expect(s.mean == 32.49 / 7)
        #expect(s.buckets == [3, 1, 0, 0, 3])  // outliers land in the end buckets
    }

    @Test func logScaleBucketsAreEvenInTheLogarithm() {
        var s = Statistics(lower: 1, upper: 10_000, buckets: 4, logScale: true)
        for x in [1.5, 15, 150, 1500] { s.add(x) }
        #expect(s.logScale)
        #expect(s.buckets == [1, 1, 1, 1])
        #expect(abs(s.bucketStart(2) - 100) < 1e-9)
    }

    @Test func nanIsCountedApart() {
        var s = Statistics(lower: 0, upper: 1)
        s.add(.nan)
        s.add(0.5)
        #expect(s.nanCount == 1)
        #expect(s.count == 1)
        #expect(s.mean == 0.5)
    }

    @Test func aFinishedListMakesASparkline() {
        let s = Statistics(values: [1, 1, 1, 1, 2, 3, 3], buckets: 3)
        #expect(s.buckets == [4, 1, 2])
        #expect(s.sparkline() == "█▃▅")
        #expect(s.sparkline(ascii: true) == "@-+")
        #expect(Statistics(values: []).sparkline() == String(repeating: " ", count: 16))
    }

    @Test func sampleStatisticsCountOnlyWrittenValuesPerSubspace() {
        var a = Subspace(), b = Subspace()
        a[.optimizer] = .swept(.choice([.string("adam"), .string("adamw")]))
        a[.beta1] = .swept(.uniform(min: .float(0.85), max: .float(0.95)))
        b[.optimizer] = .fixed(.string("sgd"))
        b[.momentum] = .swept(.normal(mu: .float(0.9), sigma: .float(0.01)))
        let space = SearchSpace(subspaces: [a, b])
        let stats = SampleStatistics.random(space, seed: 1, count: 20_000)
        #expect(stats.trials == 20_000)
        #expect(stats.perSubspace.reduce(0, +) == 20_000)
        let beta1 = stats.numbers[ParameterID.beta1.index]
        #expect(beta1?.count == stats.perSubspace[0])
        #expect((beta1?.min ?? 0) >= 0.85 && (beta1?.max ?? 1) <= 0.95)
        #expect(abs((beta1?.mean ?? 0) - 0.9) < 0.002)
        #expect(stats.numbers[ParameterID.momentum.index]?.count == stats.perSubspace[1])
        // Unset everywhere: learning_rate is not summarised.
        #expect(stats.numbers[ParameterID.learningRate.index] == nil)
        let optimizer = ParameterID.optimizer.index
        #expect(stats.plan.categories[optimizer] == [.string("adam"), .string("adamw"), .string("sgd")])
        #expect(stats.categoryCounts[optimizer][2] == stats.perSubspace[1])
        #expect(stats.categoryCounts[optimizer].reduce(0, +) == 20_000)
        let report = StatisticsReport.text(stats)
        #expect(report.hasPrefix("20000 trials: "))
        #expect(report.contains("optimizer "))
        #expect(!report.contains("learning_rate"))
    }

    @Test func fixedValuesCountOncePerTrialOfTheirSubspace() {
        var a = Subspace(), b = Subspace()
        a[.numberOfEpochs] = .swept(.choice([.int(10), .int(20)]))
        b[.numberOfEpochs] = .fixed(.int(12))
        b[.distributed] = .fixed(.bool(false))
        var tp = Subspace()
        tp[.evaluationFrequency] = .fixed(.int(3))
        let stats = SampleStatistics.random(SearchSpace(subspaces: [a, b], trainingParameters: tp), seed: 2, count: 1000)
        let epochs = stats.numbers[ParameterID.numberOfEpochs.index]
        #expect(epochs?.count == 1000)
        #expect(epochs?.buckets.reduce(0, +) == 1000)
        #expect(epochs?.min == 10)
        #expect(epochs?.max == 20)
        let twelves = Double(stats.perSubspace[1])
        let swept = 1000 - twelves
        #expect(abs((epochs?.sum ?? 0) - 12 * twelves) <= 20 * swept && (epochs?.sum ?? 0) >= 12 * twelves + 10 * swept)
        // Subspace 0 leaves distributed at Azure's default (true): known, but not counted.
        #expect(stats.plan.categories[ParameterID.distributed.index] == [.bool(true), .bool(false)])
        #expect(stats.categoryCounts[ParameterID.distributed.index] == [0, stats.perSubspace[1]])
        let frequency = stats.numbers[ParameterID.evaluationFrequency.index]
        #expect(frequency?.count == 1000)
        #expect(frequency?.mean == 3)
    }

    @Test func streamingStatisticsMatchTheSamplersTrials() {
        let space = SamplerTests.twoSubspaces
        let stats = SampleStatistics.random(space, seed: 9, count: 500)
        var sampler = Sampler(space: space, seed: 9)
        let lr = sampler.sample(500).filter { $0.subspace == 0 }.compactMap { $0[.learningRate].value?.number }
        let summary = stats.numbers[ParameterID.learningRate.index]
        #expect(summary?.count == lr.count)
        #expect(summary?.min == lr.min())
        #expect(summary?.max == lr.max())
        #expect(summary?.logScale == true)
    }

    @Test func theStreamingKernelCountsExactlyTheRowSamplersTrials() {
        var a = Subspace(), b = Subspace()
        a[.modelName] = .swept(.choice([.string("vitb16r224"), .string("vits16r224")]))
        a[.learningRate] = .swept(.loguniform(min: .float(-9.2), max: .float(-4.6)))
        a[.weightDecay] = .swept(.lognormal(mu: .float(-9), sigma: .float(0.5)))
        a[.numberOfEpochs] = .swept(.choice([.int(10), .int(20)]))
        a[.layersToFreeze] = .swept(.randint(upper: .int(4)))
        b[.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.05)))
        b[.weightDecay] = .swept(.qloguniform(min: .float(-11.5), max: .float(-6.9), q: .float(0.00001)))
        b[.momentum] = .swept(.qnormal(mu: .float(0.9), sigma: .float(0.02), q: .float(0.01)))
        b[.randomSeed] = .swept(.randint(upper: .int(100_000)))
        b[.optimizer] = .fixed(.string("sgd"))
        let space = SearchSpace(subspaces: [a, b])
        let kernel = SampleStatistics.random(space, seed: 77, count: 5000)
        var rows = SampleStatistics(plan: SamplingPlan(space))
        var sampler = RowSampler(plan: rows.plan, seed: 77)
        sampler.draw(5000) { k, row in rows.add(subspace: k, row: row) }
        #expect(kernel.perSubspace == rows.perSubspace)
        #expect(kernel.categoryCounts == rows.categoryCounts)
        for (x, y) in zip(kernel.numbers, rows.numbers) {
            #expect(x?.count == y?.count)
            #expect(x?.min == y?.min)
            #expect(x?.max == y?.max)
            #expect(x?.buckets == y?.buckets)
            if let mx = x?.mean, let my = y?.mean { #expect(abs(mx - my) <= 1e-9 * max(1, abs(my))) }
        }
    }

    @Test func gridStatisticsVisitEveryPoint() throws {
        let grid = try Grid(space: GridTests.twoSubspaces)
        let stats = SampleStatistics.grid(grid)
        #expect(stats.trials == 8)
        #expect(stats.numbers[ParameterID.numberOfEpochs.index]?.mean == 30)
        #expect(SampleStatistics.grid(grid, limit: 3).trials == 3)
    }
}
