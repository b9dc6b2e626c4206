import SearchSpace

/// The preview pane (`p`): whether it shows, the seed of its draws, and the sample it last
/// drew. The sample is a cache keyed by the space and seed it was drawn from: `refresh` draws
/// again only when the pane shows and one of them changed, so keys that change neither (moving
/// in the list, typing in a hidden pane) cost nothing.
public struct PreviewState: Hashable, Sendable {
    /// The seed of a fresh editor: the one `sweepedit sample` uses without `--seed`, so the
    /// preview and `sweepedit sample FILE` start with the same trials.
    public static let firstSeed: UInt64 = 0
    /// Trials drawn (or grid points enumerated) for a file with no job, unless the
    /// user's config file says otherwise: enough for a readable histogram, few enough to
    /// redraw on every keystroke.
    public static let sampleCount = Budget.trialsWithoutJob
    /// The most trials the config file may ask for: the pane redraws them on every keystroke.
    public static let maximumTrialCount = 10_000

    /// The trials the preview draws for `space`: exactly the job's max_trials (within Azure's
    /// 1...1000, so a typo of 10^9 cannot stall the editor); for a job without it, the trials
    /// Azure runs then (`Budget`, as the budget line and `sweepedit budget` say); for a file
    /// with no job, `trialCount` (the config's preview-trials, or `sampleCount`).
    public func trialCount(for space: SearchSpace) -> Int {
        guard let n = space.job.maxTrials else { return fileHasJob ? Budget.trialsOfAJobWithoutMaxTrials : trialCount }
        return min(max(n, Catalogue.maxTrialsRange.lowerBound), Catalogue.maxTrialsRange.upperBound)
    }

    /// The file is a job (its max_trials, or Azure's default, decides the trials drawn).
    public var fileHasJob = false

    public var isVisible = false
    public var seed: UInt64 = firstSeed
    /// Trials drawn for the pane and the full-screen table (`preview-trials` in the config file).
    public var trialCount = PreviewState.sampleCount
    /// The trials for the space and seed of the last refresh (nil until the pane first shows).
    public private(set) var sample: PreviewSample?
    /// Every trial's cells for the full-screen table (P), spelled for `sample` while that view
    /// is open (nil otherwise, or until it first opens for this sample).
    private(set) var everyRow: TableCells?

    public init(isVisible: Bool = false, seed: UInt64 = PreviewState.firstSeed) {
        self.isVisible = isVisible
        self.seed = seed
    }

    /// Draws the sample again when the pane or the full-screen table (`everyRow`) shows and
    /// the space or the seed changed; spells every row's cells when the full-screen table shows.
    public mutating func refresh(space: SearchSpace, everyRow wanted: Bool = false) {
        guard isVisible || wanted else { return }
        let count = trialCount(for: space)
        if sample?.seed != seed || sample?.space != space || sample?.count != count {
            sample = PreviewSample(space: space, seed: seed, count: count)
            everyRow = nil
        }
        if wanted, everyRow == nil, let sample {
            everyRow = TableCells(sample.trials, columns: sample.columns)
        }
    }

    /// The seed `r` moves to: the next output of SplitMix64 from the current seed, cut to six
    /// digits so it is easy to read and to type into `sweepedit sample --seed`. Pure, so a
    /// session is replayable; the sequence of seeds looks random and does not repeat early.
    public static func nextSeed(after seed: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: seed)
        var next = generator.next() % 1_000_000
        if next == seed { next = (next + 1) % 1_000_000 }
        return next
    }
}
