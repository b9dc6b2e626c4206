import Foundation

/// The interval a field's constraint allows, with open or closed ends.
struct Allowed {
    var lo: Double
    var hi: Double
    var loOpen: Bool
    var hiOpen: Bool

    /// nil for constraints that say nothing about numbers. A set of integers is read as its
    /// span: the draws of an int field are integers, and weighted_loss's set {0, 1, 2} is contiguous.
    init?(_ constraint: Constraint) {
        switch constraint {
        case .closedRange(let a, let b): (lo, hi, loOpen, hiOpen) = (a, b, false, false)
        case .positive: (lo, hi, loOpen, hiOpen) = (0, .infinity, true, false)
        case .nonNegative: (lo, hi, loOpen, hiOpen) = (0, .infinity, false, false)
        case .oneOfIntegers(let set):
            guard let a = set.min(), let b = set.max() else { return nil }
            (lo, hi, loOpen, hiOpen) = (Double(a), Double(b), false, false)
        case .none, .enumValues, .modelName: return nil
        }
    }

    /// Rounding leaves q-multiples a hair off (0.1 * 3 = 0.30000000000000004): tolerate that.
    private static func slack(_ x: Double) -> Double { 1e-12 * max(1, abs(x)) }

    func admitsLow(_ x: Double) -> Bool { loOpen ? x > lo : x >= lo - Self.slack(lo) }
    func admitsHigh(_ x: Double) -> Bool { hiOpen ? x < hi : x <= hi + Self.slack(hi) }
    func admits(_ x: Double) -> Bool { admitsLow(x) && admitsHigh(x) }

    /// What drawing outside the range means, in words: "leaves [0, 1]", "draws 0 or less".
    var leaving: String {
        if hi.isInfinite { return loOpen ? "draws \(Wording.number(lo)) or less" : "draws a value below \(Wording.number(lo))" }
        return "leaves [\(Wording.number(lo)), \(Wording.number(hi))]"
    }

    /// The range in words: `[0, 1]`, `the positive numbers`.
    var wording: String {
        if hi.isInfinite { return loOpen ? "the positive numbers" : "\(Wording.number(lo)) and above" }
        return "[\(Wording.number(lo)), \(Wording.number(hi))]"
    }

    /// The smallest and largest multiples k of q whose k*q is allowed.
    func multiples(of q: Double) -> (lo: Double, hi: Double) {
        let kLo = loOpen ? (lo / q).rounded(.down) + 1 : (lo / q - 1e-9).rounded(.up)
        let kHi = hiOpen ? (hi / q).rounded(.up) - 1 : (hi / q + 1e-9).rounded(.down)
        return (kLo, kHi)
    }
}

/// What a numeric distribution can draw, computed the way Azure's sampler (hyperopt) draws:
/// q-forms are `round(x / q) * q` (round half to even), randint's upper is truncated by the SDK.
enum Support {
    /// The smallest and largest value a bounded distribution draws, and the parameter each comes
    /// from. nil for choice and the unbounded kinds, or when q is not positive.
    struct Edges {
        var lo: Double
        var hi: Double
        var loField: String
        var hiField: String
    }

    static func edges(_ d: Distribution) -> Edges? {
        switch d.kind {
        case .choice, .normal, .lognormal, .qnormal, .qlognormal:
            return nil
        case .randint, .uniform, .loguniform, .quniform, .qloguniform:
            break
        }
        guard let range = DistributionRange(d, sigmas: 0) else { return nil }
        if d.kind == .randint {
            let top = range.upper.rounded(.towardZero) - 1
            return Edges(lo: 0, hi: top, loField: "upper", hiField: "upper")
        }
        guard let q = range.q else { return ordered(range.lower, range.upper) }
        guard q > 0 else { return nil }
        return ordered(roundTo(range.lower, q), roundTo(range.upper, q))
    }

    private static func ordered(_ a: Double, _ b: Double) -> Edges {
        a <= b ? Edges(lo: a, hi: b, loField: "min_value", hiField: "max_value")
               : Edges(lo: b, hi: a, loField: "max_value", hiField: "min_value")
    }

    /// `round(x / q) * q` as numpy rounds: half to even.
    static func roundTo(_ x: Double, _ q: Double) -> Double {
        (x / q).rounded(.toNearestOrEven) * q
    }

    /// The probability that an unbounded distribution draws outside `allowed`, q-rounding
    /// included. nil for bounded kinds or parameters that do not define a distribution.
    static func probabilityOutside(_ d: Distribution, _ allowed: Allowed) -> Double? {
        switch d {
        case .normal(let mu, let sigma):
            return outside(mu.double, sigma.double, lo: allowed.lo, hi: allowed.hi)
        case .lognormal(let mu, let sigma):
            guard allowed.hi > 0 else { return 1 }
            return outside(mu.double, sigma.double, lo: logOrMinusInfinity(allowed.lo), hi: log(allowed.hi))
        case .qnormal(let mu, let sigma, let q):
            guard q.double > 0 else { return nil }
            let k = allowed.multiples(of: q.double)
            guard k.lo <= k.hi else { return 1 }
            return outside(mu.double, sigma.double, lo: (k.lo - 0.5) * q.double, hi: (k.hi + 0.5) * q.double)
        case .qlognormal(let mu, let sigma, let q):
            guard q.double > 0 else { return nil }
            let k = allowed.multiples(of: q.double)
            guard k.lo <= k.hi, k.hi + 0.5 > 0 else { return 1 }
            return outside(mu.double, sigma.double,
                           lo: logOrMinusInfinity((k.lo - 0.5) * q.double), hi: log((k.hi + 0.5) * q.double))
        case .choice, .randint, .uniform, .loguniform, .quniform, .qloguniform:
            return nil
        }
    }

    private static func logOrMinusInfinity(_ x: Double) -> Double { x > 0 ? log(x) : -.infinity }

    /// P(X < lo) + P(X > hi) for X ~ normal(mu, sigma), from the complementary error function
    /// (accurate in the tails, where 1 - Φ would cancel).
    static func outside(_ mu: Double, _ sigma: Double, lo: Double, hi: Double) -> Double? {
        guard sigma > 0, mu.isFinite, sigma.isFinite else { return nil }
        let scale = sigma * 2.0.squareRoot()
        let below = lo == -.infinity ? 0 : 0.5 * erfc((mu - lo) / scale)
        let above = hi == .infinity ? 0 : 0.5 * erfc((hi - mu) / scale)
        return min(1, below + above)
    }
}
