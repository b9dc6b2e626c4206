import Foundation

/// P(every one of a set of values is drawn at least once in N independent trials), where each
/// trial gives value v with probability p[v] (the rest, 1 - sum p, is values outside the set).
///
/// The closed form is inclusion-exclusion over the values that are missed:
///
///     P(N) = sum over J of (-1)^|J| (1 - p(J))^N
///
/// Values with the same probability are grouped (a choice of m values drawn uniformly is one
/// group), so the sum runs over how many of each group are missed, with binomial
/// coefficients: m + 1 terms for one group instead of 2^m subsets.
///
/// Stability: the terms alternate in sign and can be far larger than the result (a choice of
/// 50 values after 60 trials has terms near C(50, 25) ~ 1e14 and a result near 0), so their
/// sum in doubles can lose every digit. Each evaluation therefore also bounds its rounding
/// error (machine epsilon x number of terms x the sum of the terms' magnitudes, each power
/// computed as exp(N log1p(-p)) to relative precision); when that bound is above 1e-9 (far below the 0.1% the figures are shown to) the
/// same probability is computed instead by adding the values one at a time to a distribution
/// over "how many trials landed on the values so far", whose every term is a probability
/// (non-negative, so no cancellation: error ~ values x trials x epsilon), O(values x N^2); when
/// all values share one chance, by the O(values x N) chain of how many distinct values were seen.
public struct CoverageProbability: Sendable {
    /// The distinct probabilities and how many values have each.
    let groups: [(probability: Double, count: Int)]
    let probabilities: [Double]

    /// The largest rounding error accepted from inclusion-exclusion before the positive sum.
    static let tolerance = 1e-9

    public init(probabilities: [Double]) {
        self.probabilities = probabilities
        var counts: [Double: Int] = [:]
        var order: [Double] = []
        for p in probabilities {
            if counts[p] == nil { order.append(p) }
            counts[p, default: 0] += 1
        }
        groups = order.map { ($0, counts[$0] ?? 0) }
    }

    /// P(every value is drawn at least once in `trials` trials), exact to about 1e-9.
    public func probability(trials: Int) -> Double {
        if probabilities.isEmpty { return 1 }
        if probabilities.contains(where: { $0 <= 0 }) { return 0 }
        if trials < probabilities.count { return 0 }
        if let (value, bound) = inclusionExclusion(trials: trials), bound <= Self.tolerance {
            return min(1, max(0, value))
        }
        if groups.count == 1 { return distinctChain(trials: trials) }
        return positiveSum(trials: trials)
    }

    /// The same probability when every value has the same chance p (one choice in one
    /// subspace, the common case), in O(values x N): the number of distinct values seen is a
    /// Markov chain that goes from j to j + 1 with chance (m - j) p, and stays otherwise. Every
    /// step adds non-negative terms, so nothing cancels.
    func distinctChain(trials: Int) -> Double {
        let m = probabilities.count, p = probabilities[0]
        var seen = Array(repeating: 0.0, count: m + 1)
        seen[0] = 1
        for _ in 0..<trials {
            for j in stride(from: m, through: 1, by: -1) {
                let stay = j == m ? 1 : 1 - Double(m - j) * p
                seen[j] = seen[j] * stay + seen[j - 1] * Double(m - j + 1) * p
            }
            seen[0] *= 1 - Double(m) * p
        }
        return min(1, seen[m])
    }

    /// The smallest N in 1...limit with probability(N) >= target, nil when even `limit` trials
    /// fall short. The probability grows with N, so a binary search finds it; should
    /// inclusion-exclusion be too inexact anywhere, the positive sums for every N up to `limit`
    /// come from one pass (`positiveTable`) instead of one pass per step of the search.
    public func trialsNeeded(for target: Double, limit: Int) -> Int? {
        guard limit >= 1, !probabilities.isEmpty else { return probabilities.isEmpty ? 1 : nil }
        if probabilities.contains(where: { $0 <= 0 }) { return nil }
        var table: [Double]?
        func chance(_ n: Int) -> Double {
            if n < probabilities.count { return 0 }
            if let table { return table[n] }
            if let (value, bound) = inclusionExclusion(trials: n), bound <= Self.tolerance { return min(1, max(0, value)) }
            let built = positiveTable(upTo: limit)
            table = built
            return built[n]
        }
        guard chance(limit) >= target else { return nil }
        var low = 1, high = limit
        while low < high {
            let mid = (low + high) / 2
            if chance(mid) >= target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The inclusion-exclusion sum over how many values of each group are missed, and a bound
    /// on its rounding error; nil when the groups make too many terms (> 1e6).
    func inclusionExclusion(trials: Int) -> (value: Double, bound: Double)? {
        var termCount = 1.0
        for g in groups { termCount *= Double(g.count + 1) }
        guard termCount <= 1e6 else { return nil }
        var sum = 0.0, compensation = 0.0, magnitude = 0.0
        var missed = Array(repeating: 0, count: groups.count)
        while true {
            var missedMass = 0.0, logCoefficient = 0.0, parity = 0
            for (i, g) in groups.enumerated() {
                missedMass += Double(missed[i]) * g.probability
                logCoefficient += Self.logBinomial(g.count, missed[i])
                parity += missed[i]
            }
            let remaining = 1 - missedMass
            if remaining > 1e-15 {
                let magnitudeOfTerm = exp(logCoefficient + Double(trials) * log(remaining))
                let term = parity % 2 == 0 ? magnitudeOfTerm : -magnitudeOfTerm
                // Neumaier summation: the error left is the bound's, not the order's
                let t = sum + term
                compensation += abs(sum) >= abs(term) ? (sum - t) + term : (term - t) + sum
                sum = t
                magnitude += magnitudeOfTerm
            }
            // the next combination of missed counts (an odometer)
            var i = 0
            while i < groups.count {
                missed[i] += 1
                if missed[i] <= groups[i].count { break }
                missed[i] = 0
                i += 1
            }
            if i == groups.count { break }
        }
        // each term carries a relative error of a few epsilon from exp/log, times the term count
        let bound = magnitude * Double.ulpOfOne * (8 + Double(trials).squareRoot() + termCount.squareRoot())
        return (sum + compensation, bound)
    }

    /// The same probability as a sum of non-negative terms. After adding values 1...i,
    /// `covered[n]` is P(of n trials that landed on values 1...i, every one of them was hit),
    /// where each trial on those values picks one in proportion to its probability; adding
    /// value i+1 splits n trials into k on it (k >= 1) and n-k on the earlier ones, binomially.
    /// Finally the N trials split binomially into those on the values and those elsewhere.
    func positiveSum(trials: Int) -> Double {
        positiveTable(upTo: trials)[trials]
    }

    /// `positiveSum` for every N in 0...limit, from one pass of O(values x limit^2).
    func positiveTable(upTo limit: Int) -> [Double] {
        let n = limit
        let logFactorial = Self.logFactorials(upTo: n)
        func pmf(_ m: Int, _ k: Int, _ logP: Double, _ logQ: Double) -> Double {
            exp(logFactorial[m] - logFactorial[k] - logFactorial[m - k] + Double(k) * logP + Double(m - k) * logQ)
        }
        var covered = Array(repeating: 0.0, count: n + 1)
        covered[0] = 1  // no values: zero trials cover them all
        var massSoFar = 0.0
        for p in probabilities {
            let total = massSoFar + p
            let share = p / total  // a trial on values 1...i+1 lands on the new one
            let logShare = log(share), logRest = log1p(-share)
            var next = Array(repeating: 0.0, count: n + 1)
            for m in 1...max(1, n) where m <= n {
                // sum over k >= 1 of Binomial(m, k; share) * covered[m - k]
                var acc = 0.0
                for k in 1...m where covered[m - k] > 0 {
                    acc += (share >= 1 ? (k == m ? 1 : 0) : pmf(m, k, logShare, logRest)) * covered[m - k]
                }
                next[m] = acc
            }
            covered = next
            massSoFar = total
        }
        if massSoFar >= 1 - 1e-15 { return covered.map { min(1, $0) } }
        // N trials split binomially into those on the values and those elsewhere
        let logMass = log(massSoFar), logElsewhere = log1p(-massSoFar)
        return (0...n).map { trials in
            var result = 0.0
            for m in 0...trials where covered[m] > 0 {
                result += pmf(trials, m, logMass, logElsewhere) * covered[m]
            }
            return min(1, result)
        }
    }

    /// log(i!) for i in 0...n.
    static func logFactorials(upTo n: Int) -> [Double] {
        var table = [0.0]
        table.reserveCapacity(n + 1)
        for i in stride(from: 1, through: n, by: 1) { table.append(table[i - 1] + log(Double(i))) }
        return table
    }

    /// log C(n, k).
    static func logBinomial(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
    }

    /// C(n, k) p^k (1-p)^(n-k), through logarithms so that no factor overflows.
    static func binomialPMF(_ n: Int, _ k: Int, _ p: Double) -> Double {
        if p >= 1 { return k == n ? 1 : 0 }
        if p <= 0 { return k == 0 ? 1 : 0 }
        return exp(logBinomial(n, k) + Double(k) * log(p) + Double(n - k) * log1p(-p))
    }
}
