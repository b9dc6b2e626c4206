/// Random sampling of a search space, as Azure's random sweep draws it: the API the editor's
/// preview pane and `sweepedit sample` share.
///
/// Each trial picks a subspace uniformly, then draws every distribution independently with
/// Azure's formulas (`PlanOp.draw`); fixed values are used as written; a parameter the subspace
/// leaves unset takes its `training_parameters` value, else the catalogue's default, and says
/// so in `TrialValue.source`. The same space and seed give the same trials on every machine
/// (`Xoshiro256StarStar`). The draws come in a fixed order: one bounded integer for the
/// subspace (skipped when there is only one), then the subspace's swept parameters in catalogue
/// order. A sampler is an endless sequence: take a `prefix` or call `sample(_:)`.
///
/// ```swift
/// var sampler = Sampler(space: doc.space, seed: 7)
/// let preview = sampler.sample(20)          // [Trial]
/// let lr = preview.compactMap { $0[.learningRate].value?.number }
/// let spark = Statistics(values: lr).sparkline
/// ```
public struct Sampler: Sequence, IteratorProtocol, Sendable {
    public let seed: UInt64
    private var rows: RowSampler?
    /// Trials drawn so far (the index of the next one).
    public private(set) var produced = 0

    /// A sampler over `space`. A space without subspaces has no trials.
    public init(space: SearchSpace, seed: UInt64) {
        self.seed = seed
        let plan = SamplingPlan(space)
        rows = plan.subspaceCount > 0 ? RowSampler(plan: plan, seed: seed) : nil
    }

    /// The next trial; nil only when the space has no subspace.
    public mutating func next() -> Trial? {
        guard var sampler = rows else { return nil }
        rows = nil  // keep the row storage uniquely referenced while drawing
        let k = sampler.draw()
        let trial = sampler.withRow(k) { sampler.plan.trial(index: produced, subspace: k, row: $0) }
        rows = sampler
        produced += 1
        return trial
    }

    /// The next `count` trials.
    public mutating func sample(_ count: Int) -> [Trial] {
        var trials: [Trial] = []
        trials.reserveCapacity(Swift.max(0, count))
        for _ in 0..<Swift.max(0, count) {
            guard let t = next() else { break }
            trials.append(t)
        }
        return trials
    }
}
