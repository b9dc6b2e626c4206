/// The budget line of a diff: P(every model tried) before -> after.
///
/// The probability is the budget's (Sampling/Budget): never computed a second time here.
public struct BudgetChange: Hashable, Sendable {
    public var before: Double
    public var after: Double

    /// nil when the budget cannot say for either space, or says the same. `trials`: each side's
    /// (nil: its max_trials, else 200).
    public init?(_ old: SearchSpace, _ new: SearchSpace, trials: (Int, Int)? = nil) {
        guard let a = DiffBudget.everyModelTried(old, trials: trials?.0), let b = DiffBudget.everyModelTried(new, trials: trials?.1),
              a != b else { return nil }
        before = a
        after = b
    }

    public var line: String {
        "budget: P(every model tried) \(NumberFormat.approximate(before, significant: 3)) -> \(NumberFormat.approximate(after, significant: 3))"
    }
}

/// Where the diff asks the budget (issue 15) its one number.
public enum DiffBudget {
    /// P(every model tried) in the space's max_trials (200 without one), from the budget; nil
    /// when the sweep does not pick models at random (grid) or sweeps no model.
    public static func everyModelTried(_ space: SearchSpace, trials: Int? = nil) -> Double? {
        let budget = Budget(space: space, trials: trials ?? space.job.maxTrials ?? Budget.trialsWithoutJob)
        return budget.choices.first { $0.parameter == .modelName }?.chanceAllTried
    }
}
