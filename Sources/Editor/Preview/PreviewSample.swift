import SearchSpace

/// The configurations the preview shows: random draws, or the first points of a grid, with
/// the space and seed they come from.
public struct PreviewSample: Hashable, Sendable {
    /// How the trials were chosen, which the pane's title states.
    public enum Method: Hashable, Sendable {
        /// Random draws (the job samples at random).
        case random
        /// An algorithm sweepedit cannot run (bayesian: see `SamplingAlgorithm.simulated`),
        /// shown as the random draws that stand in for it.
        case randomStandingIn(for: SamplingAlgorithm)
        /// The grid's points in order; `size` is the exact count.
        case grid(size: GridSize)
        /// The job asks for a grid but some distribution is not a choice: random draws instead.
        case notAGrid(GridError)
    }

    public let space: SearchSpace
    public let seed: UInt64
    /// The trials asked for (`trials` has fewer when a grid is smaller).
    public let count: Int
    public let method: Method
    public let trials: [Trial]
    /// Whether the count is the job's max_trials (else the preview's 200 for a file without it).
    public let countIsMaxTrials: Bool
    /// What this many trials cover (`sweepedit budget`), for the pane's budget line.
    public var budget: Budget { budgetBox.budget }
    /// The budget behind a reference: computed once per sample, and the sample (copied with
    /// every EditorState) stays small. Held inline, the debug build's test binary crashed
    /// copying EditorState (ThemeCoverageTests, swift_retain of a bad pointer).
    private let budgetBox: BudgetBox
    /// The table's columns: the parameters some subspace sweeps, in catalogue order.
    public let columns: [ParameterID]
    /// Per parameter (by index): the histogram buckets `sample --stats` uses for it, nil where no
    /// subspace writes a number (found once per sample, not on every frame).
    public let bucketings: [Bucketing?]

    public init(space: SearchSpace, seed: UInt64, count: Int) {
        self.space = space
        self.seed = seed
        self.count = count
        var method = Method.random
        var trials: [Trial]? = nil
        let algorithm = space.job.samplingAlgorithm
        switch algorithm.simulated {
        case .random:
            method = algorithm.isSimulatedExactly ? .random : .randomStandingIn(for: algorithm)
        case .grid:
            do {
                let grid = try Grid(space: space)
                method = .grid(size: grid.size)
                trials = Array(grid.prefix(count))
            } catch {
                method = .notAGrid(error)
            }
        }
        if trials == nil {
            var sampler = Sampler(space: space, seed: seed)
            trials = sampler.sample(count)
        }
        self.method = method
        self.trials = trials ?? []
        countIsMaxTrials = space.job.maxTrials != nil
        budgetBox = BudgetBox(Budget(space: space, trials: count))
        let columns = ParameterID.allCases.filter { id in space.subspaces.contains { $0[id].distribution != nil } }
        self.columns = columns
        bucketings = Bucketing.all(in: space)
        // the cells of the rows a pane can show, spelled once here rather than on every frame
        cells = TableCells(self.trials.prefix(Self.tableRows), columns: columns)
    }

    /// Rows of the pane's table spelled in advance (more than any screen shows).
    static let tableRows = 64
    /// The cells of the first `tableRows` trials (the full-screen view spells every trial's).
    let cells: TableCells

    /// Whether the seed plays a part (it does not for a grid's points).
    public var usesSeed: Bool {
        if case .grid = method { return false }
        return true
    }
}

/// An immutable budget shared by reference; equal when the budgets are.
final class BudgetBox: Hashable, Sendable {
    let budget: Budget
    init(_ budget: Budget) { self.budget = budget }
    static func == (a: BudgetBox, b: BudgetBox) -> Bool { a === b || a.budget == b.budget }
    func hash(into hasher: inout Hasher) { hasher.combine(budget) }
}
