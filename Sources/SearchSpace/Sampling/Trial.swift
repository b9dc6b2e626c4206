/// One parameter's value in a sampled trial, with where it comes from.
public struct TrialValue: Hashable, Sendable {
    /// The value; nil when Azure decides (unset, no documented default).
    public var value: Value?
    public var source: ValueSource
    /// False when the catalogue's condition for the parameter fails on the trial's own
    /// effective values (momentum in a trial whose optimizer is adam): Azure ignores it.
    public var isActive: Bool
}

/// One configuration a sweep would try: every catalogue parameter's value in that trial.
public struct Trial: Hashable, Sendable {
    /// 0-based position in the sample (or in the grid).
    public var index: Int
    /// 0-based index of the subspace the trial comes from.
    public var subspace: Int
    /// One entry per catalogue parameter, indexed by `ParameterID.index`.
    public var values: [TrialValue]

    public subscript(_ id: ParameterID) -> TrialValue { values[id.index] }

    /// The parameters the file or the job writes (swept, fixed, training_parameters), in
    /// catalogue order: what `sweepedit sample --format json` prints as "config".
    public var config: [(id: ParameterID, value: Value)] {
        zip(ParameterID.allCases, values).compactMap { id, entry in
            guard entry.source.isWritten, let value = entry.value else { return nil }
            return (id, value)
        }
    }
}

extension SamplingPlan {
    /// Reads a row of subspace `k` back into a `Trial`, judging each parameter's activity on
    /// the trial's effective values.
    func trial(index: Int, subspace k: Int, row: UnsafeBufferPointer<Double>) -> Trial {
        var values: [TrialValue] = []
        values.reserveCapacity(Self.width)
        for column in 0..<Self.width {
            let kind = self.kind(k, column)
            values.append(TrialValue(value: value(effectiveCell(k, column, row), kind: kind, column: column),
                                     source: source(k, column), isActive: true))
        }
        for (column, condition) in Self.conditions {
            guard let decider = values[condition.parameter.index].value else { continue }
            values[column].isActive = condition.isMet(by: decider) ?? false
        }
        return Trial(index: index, subspace: k, values: values)
    }

    /// The columns whose parameter has a catalogue condition, with it: found once, not per trial.
    private static let conditions: [(column: Int, condition: ActivationCondition)] =
        Catalogue.all.enumerated().compactMap { column, spec in spec.activeWhen.map { (column, $0) } }
}
