/// The budget line of a diff: P(every model tried) before -> after.
///
/// The hook for issue 15's budget, which owns the probability: `DiffBudget.everyModelTried`
/// returns nil until that budget exists, and then the diff prints the line with no other
/// change here. Never compute the probability a second time in this folder.
public struct BudgetChange: Hashable, Sendable {
    public var before: Double
    public var after: Double

    /// nil when the budget cannot say for either space, or says the same.
    public init?(_ old: SearchSpace, _ new: SearchSpace) {
        guard let a = DiffBudget.everyModelTried(old), let b = DiffBudget.everyModelTried(new), a != b else { return nil }
        before = a
        after = b
    }

    public var line: String {
        "budget: P(every model tried) \(NumberFormat.approximate(before, significant: 3)) -> \(NumberFormat.approximate(after, significant: 3))"
    }
}

/// Where the diff asks the budget (issue 15) its one number.
public enum DiffBudget {
    /// P(every model tried) for the space's sweep, from the budget's owner; nil: no budget yet.
    public static func everyModelTried(_ space: SearchSpace) -> Double? {
        nil  // issue 15: return the budget's probability here
    }
}
