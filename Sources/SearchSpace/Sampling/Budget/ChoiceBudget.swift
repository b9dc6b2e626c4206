import Foundation

/// How well N random trials cover the values of one parameter swept by a choice.
public struct ChoiceBudget: Hashable, Sendable {
    /// One value and its chances.
    public struct ValueChance: Hashable, Sendable {
        public var value: Value
        /// The chance that one trial uses it.
        public var perTrial: Double
        /// The chance that at least one of the N trials uses it: 1 - (1 - p)^N.
        public var chanceTried: Double
        /// The smallest N giving `Budget.target` for this value alone (nil above 1000).
        public var trialsNeeded: Int?
    }

    public var parameter: ParameterID
    /// Every value a trial can use, in first-seen order (subspaces in order, then choice order).
    public var values: [ValueChance]
    /// The chance per trial that Azure chooses (the parameter unset, with no default) or that a
    /// distribution other than a choice draws it.
    public var otherPerTrial: Double
    /// P(every value is tried at least once in N trials), by inclusion-exclusion.
    public var chanceAllTried: Double
    /// The smallest N making `chanceAllTried` at least `Budget.target`; nil above max_trials' 1000.
    public var trialsNeededForAll: Int?
    /// The expected number of distinct values tried: the sum of each value's `chanceTried`.
    public var expectedDistinct: Double

    /// The parameters swept by a choice in some subspace, in catalogue order.
    static func all(_ space: SearchSpace, trials: Int) -> [ChoiceBudget] {
        ParameterID.allCases.compactMap { id in
            guard space.subspaces.contains(where: { $0[id].distribution?.choiceValues != nil }) else { return nil }
            return ChoiceBudget(id, space, trials: trials)
        }
    }

    init(_ id: ParameterID, _ space: SearchSpace, trials: Int) {
        parameter = id
        let (order, chance, other) = Self.perTrial(id, space)
        let limit = Catalogue.maxTrialsRange.upperBound
        values = order.map { v in
            let p = chance[v] ?? 0
            return ValueChance(value: v, perTrial: p, chanceTried: Self.chanceTried(p, trials),
                               trialsNeeded: Self.trialsNeeded(p, limit: limit))
        }
        otherPerTrial = other
        let coverage = CoverageProbability(probabilities: values.map(\.perTrial))
        chanceAllTried = coverage.probability(trials: trials)
        trialsNeededForAll = coverage.trialsNeeded(for: Budget.target, limit: limit)
        expectedDistinct = values.reduce(0) { $0 + $1.chanceTried }
    }

    /// Each value's chance per trial, in first-seen order, and the chance of anything else: a
    /// trial picks a subspace with chance 1/subspaces, then one of the values the parameter can
    /// take there (`SearchSpace.effectiveValue`) uniformly; where nothing is known (Azure
    /// chooses, or a distribution other than a choice) the share goes to "other".
    static func perTrial(_ id: ParameterID, _ space: SearchSpace) -> (order: [Value], chance: [Value: Double], other: Double) {
        guard !space.subspaces.isEmpty else { return ([], [:], 0) }
        let share = 1 / Double(space.subspaces.count)
        var order: [Value] = []
        var chance: [Value: Double] = [:]
        var other = 0.0
        for sub in space.subspaces {
            guard let known = space.effectiveValue(id, in: sub)?.values, !known.isEmpty else {
                other += share
                continue
            }
            for v in known {
                if chance[v] == nil { order.append(v) }
                chance[v, default: 0] += share / Double(known.count)
            }
        }
        return (order, chance, other)
    }

    /// The values of `id` with less than `Budget.target` chance to be tried in `trials` trials,
    /// with that chance and the trials that would reach it (nil above 1000): cheap enough for
    /// validation on every keystroke (no all-values probability).
    static func atRisk(_ id: ParameterID, _ space: SearchSpace, trials: Int) -> [ValueChance] {
        let (order, chance, _) = perTrial(id, space)
        return order.compactMap { v in
            let p = chance[v] ?? 0
            let tried = chanceTried(p, trials)
            guard tried < Budget.target else { return nil }
            return ValueChance(value: v, perTrial: p, chanceTried: tried,
                               trialsNeeded: trialsNeeded(p, limit: Catalogue.maxTrialsRange.upperBound))
        }
    }

    /// 1 - (1 - p)^N, through expm1/log1p so that a small p keeps its digits.
    static func chanceTried(_ p: Double, _ trials: Int) -> Double {
        if p >= 1 { return trials > 0 ? 1 : 0 }
        return -expm1(Double(trials) * log1p(-p))
    }

    /// The smallest N with 1 - (1 - p)^N >= target: ceil(log(1 - target) / log(1 - p)).
    static func trialsNeeded(_ p: Double, limit: Int) -> Int? {
        if p >= 1 { return 1 }
        guard p > 0 else { return nil }
        let estimate = (log1p(-Budget.target) / log1p(-p)).rounded(.up)
        guard estimate <= Double(limit) + 1 else { return nil }
        var n = Int(max(1, estimate))
        // the division can land a hair off an integer; settle it on the exact inequality
        while n > 1, chanceTried(p, n - 1) >= Budget.target { n -= 1 }
        while chanceTried(p, n) < Budget.target { n += 1 }
        return n <= limit ? n : nil
    }
}
