import Foundation

/// What a sweep of N trials can be expected to cover, computed exactly from the space (closed
/// forms, no simulation): the figures of `sweepedit budget` and the editor's budget line.
///
/// Random (and bayesian, whose first trials are random) picks a subspace uniformly per trial
/// (`Sampler`), then each distribution independently, so a value's chance per trial is the
/// average over subspaces of its chance in each; trials are independent, so everything below
/// follows from those per-trial chances.
public struct Budget: Hashable, Sendable {
    /// The number of trials the figures are for (the job's max_trials, or what was asked).
    public var trials: Int
    public var algorithm: SamplingAlgorithm
    /// The trials that run: `trials`, or a smaller grid's size (the sweep ends with its last point).
    public var runs: Int
    /// Trials running at once: max_concurrent_trials (1 when unset) capped at `runs`, as Azure caps it.
    public var concurrentTrials: Int
    /// ceil(runs / concurrentTrials).
    public var waves: Int
    /// limits.timeout_minutes, when set.
    public var timeoutMinutes: Int?
    /// timeout_minutes / waves: how long each wave may take for the whole sweep to finish in time.
    public var minutesPerWave: Double? {
        guard let timeoutMinutes, waves > 0 else { return nil }
        return Double(timeoutMinutes) / Double(waves)
    }
    /// Per subspace, the expected number of trials it gets (random and bayesian).
    public var expectedTrialsPerSubspace: [Double]
    /// Every parameter swept by a choice somewhere (random and bayesian), in catalogue order.
    public var choices: [ChoiceBudget]
    /// Every swept bounded range (random and bayesian), in subspace then written order.
    public var ranges: [RangeBudget]
    /// The grid's figures (grid sampling of a space that is a grid).
    public var grid: GridBudget?
    /// Azure's bayesian advice (bayesian sampling).
    public var bayesian: BayesianBudget?
    /// The expected number_of_epochs of one trial, nil when a distribution has no known mean.
    public var expectedEpochsPerTrial: Double?
    /// The expected sum of number_of_epochs over the sweep: a compute proxy.
    public var expectedTotalEpochs: Double? { expectedEpochsPerTrial.map { $0 * Double(runs) } }

    /// The trials of a file without a job (the preview draws as many).
    public static let trialsWithoutJob = 200
    /// Azure's max_trials when a job gives none.
    public static let trialsOfAJobWithoutMaxTrials = 1

    /// The trials a document's sweep runs, and where the number comes from ("max_trials",
    /// "azure_default" for a job without one, "no_job").
    public static func trials(of doc: Document) -> (count: Int, source: String) {
        if let n = doc.space.job.maxTrials { return (n, "max_trials") }
        return doc.form.shape == .job ? (trialsOfAJobWithoutMaxTrials, "azure_default") : (trialsWithoutJob, "no_job")
    }

    /// The wanted chance that every value of a choice (or one model) is tried.
    public static let target = 0.95

    /// The budget of `space` for `trials` trials with its job's algorithm.
    public init(space: SearchSpace, trials: Int) {
        let n = max(0, trials)
        self.trials = n
        algorithm = space.job.samplingAlgorithm
        var runs = n
        if space.job.samplingAlgorithm.simulated == .grid, let size = (try? Grid.size(of: space))?.exactCount {
            runs = Int(min(UInt64(n), size))
        }
        self.runs = runs
        concurrentTrials = max(1, min(space.job.maxConcurrentTrials ?? 1, max(runs, 1)))
        waves = runs == 0 ? 0 : (runs + concurrentTrials - 1) / concurrentTrials
        timeoutMinutes = space.job.timeoutMinutes
        let count = space.subspaces.count
        expectedTrialsPerSubspace = []
        choices = []
        ranges = []
        grid = nil
        bayesian = nil
        expectedEpochsPerTrial = nil
        guard count > 0 else { return }
        let epochs = space.subspaces.map { EpochExpectation.mean(space.effectiveValue(.numberOfEpochs, in: $0)) }
        if algorithm.simulated == .grid, let size = try? Grid.size(of: space) {
            grid = GridBudget(size: size, trials: n)
            // each point once: subspaces weigh by their number of points
            let weights = space.subspaces.map { Grid.size(of: $0).exactCount.map(Double.init) }
            if weights.allSatisfy({ $0 != nil }), epochs.allSatisfy({ $0 != nil }) {
                let total = weights.reduce(0) { $0 + ($1 ?? 0) }
                if total > 0 {
                    expectedEpochsPerTrial = zip(weights, epochs).reduce(0) { $0 + ($1.0 ?? 0) * ($1.1 ?? 0) } / total
                }
            }
            return
        }
        expectedTrialsPerSubspace = Array(repeating: Double(n) / Double(count), count: count)
        choices = ChoiceBudget.all(space, trials: n)
        ranges = RangeBudget.all(space, trials: n)
        if epochs.allSatisfy({ $0 != nil }) {
            expectedEpochsPerTrial = epochs.reduce(0) { $0 + ($1 ?? 0) } / Double(count)
        }
        if algorithm == .bayesian { bayesian = BayesianBudget(space: space, trials: n) }
    }

    /// The models (values of model_name) with less than `target` chance to be tried.
    public var modelsAtRisk: [ChoiceBudget.ValueChance] {
        choices.first { $0.parameter == .modelName }?.values.filter { $0.chanceTried < Self.target } ?? []
    }
}

/// A grid sweep against its trial count.
public struct GridBudget: Hashable, Sendable {
    public var size: GridSize
    /// Points that never run (size - trials), nil when the size is above 2^63.
    public var neverRun: UInt64?
    /// Whether every point runs.
    public var runsAll: Bool

    init(size: GridSize, trials: Int) {
        self.size = size
        if let exact = size.exactCount {
            runsAll = exact <= UInt64(trials)
            neverRun = runsAll ? 0 : exact - UInt64(trials)
        } else {
            runsAll = false
            neverRun = nil
        }
    }
}

/// Azure's advice for bayesian sampling: max_trials of at least 20 x the swept hyperparameters.
public struct BayesianBudget: Hashable, Sendable {
    public var sweptParameters: Int
    public var advisedTrials: Int
    public var isEnough: Bool

    init(space: SearchSpace, trials: Int) {
        var swept = Set<ParameterID>()
        for sub in space.subspaces { for id in sub.order where sub[id].distribution != nil { swept.insert(id) } }
        sweptParameters = swept.count
        advisedTrials = swept.count * AlgorithmRules.bayesianTrialsPerParameter
        isEnough = trials >= advisedTrials
    }
}
