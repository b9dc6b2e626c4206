import Foundation

/// How much of a swept range N random trials leave unexplored.
///
/// The measure: the expected fraction of the range farther than a tenth of the range from
/// every draw, on the scale the distribution draws uniformly (the exponent for the log forms,
/// before rounding for the q forms). It is the share of the range where no trial looked, which
/// is what more trials buy down: 1 with no draw, 0.8^(n+1)-ish after n, 0 only in the limit.
///
/// For n draws of u ~ U(0, 1) and a point x, P(no draw within d of x) = (1 - l(x))^n, where
/// l(x) is the length of [x - d, x + d] inside [0, 1]; integrating over x gives
///     f(n) = (1 - 2d)^(n+1) + 2 [(1 - d)^(n+1) - (1 - 2d)^(n+1)] / (n + 1).
/// A subspace gets n ~ Binomial(N, s) of the N trials (s = 1 / subspaces), and the binomial
/// sums of a^(n+1) and b^(n+1) / (n+1) have closed forms, so
///     E[f] = a (1 - 2sd)^N + 2 [(1 - sd)^(N+1) - (1 - 2sd)^(N+1)] / ((N + 1) s),  a = 1 - 2d.
public struct RangeBudget: Hashable, Sendable {
    public var subspace: Int
    public var parameter: ParameterID
    public var kind: DistributionKind
    /// The expected fraction of the range farther than `gap` of the range from every draw.
    public var expectedUnexplored: Double

    /// The distance, as a fraction of the range, within which a draw counts as exploring a point.
    public static let gap = 0.1

    /// The kinds that draw one uniform number over a bounded range.
    static let bounded: Set<DistributionKind> = [.uniform, .loguniform, .quniform, .qloguniform, .randint]

    static func all(_ space: SearchSpace, trials: Int) -> [RangeBudget] {
        let share = 1 / Double(space.subspaces.count)
        var found: [RangeBudget] = []
        for (k, sub) in space.subspaces.enumerated() {
            for id in sub.order {
                guard let d = sub[id].distribution, bounded.contains(d.kind) else { continue }
                found.append(RangeBudget(subspace: k, parameter: id, kind: d.kind,
                                         expectedUnexplored: expectedUnexplored(trials: trials, share: share)))
            }
        }
        return found
    }

    /// E[f(n)] for n ~ Binomial(trials, share), the closed form above.
    public static func expectedUnexplored(trials: Int, share s: Double, gap d: Double = gap) -> Double {
        let n = Double(trials)
        let a = 1 - 2 * d
        let first = a * exp(n * log1p(-2 * s * d))
        let second = 2 * (exp((n + 1) * log1p(-s * d)) - exp((n + 1) * log1p(-2 * s * d))) / ((n + 1) * s)
        return min(1, max(0, first + second))
    }

    /// f(n): the expected unexplored fraction after exactly `draws` draws.
    public static func unexplored(draws: Int, gap d: Double = gap) -> Double {
        let n = Double(draws)
        let a = 1 - 2 * d
        return pow(a, n + 1) + 2 * (pow(1 - d, n + 1) - pow(a, n + 1)) / (n + 1)
    }
}
