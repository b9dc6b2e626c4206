import Foundation

/// The expected number_of_epochs of a trial in one subspace, from what it can be there
/// (`SearchSpace.effectiveValue`: its own setting, else training_parameters, else Azure's default).
enum EpochExpectation {
    /// The mean of the effective value; nil when it is unknown or has no finite mean.
    static func mean(_ effective: EffectiveValue?) -> Double? {
        guard let effective else { return nil }
        if let values = effective.values {
            let numbers = values.compactMap(\.number)
            guard !numbers.isEmpty, numbers.count == values.count else { return nil }
            return numbers.reduce(0, +) / Double(numbers.count)
        }
        guard case .swept(let d) = effective.setting else { return nil }
        let result: Double?
        switch d {
        case .randint(let upper):
            result = (upper.double.rounded(.towardZero) - 1) / 2  // uniform on 0..<upper
        case .uniform(let a, let b):
            result = (a.double + b.double) / 2
        case .quniform(let a, let b, let q):
            result = roundedUniformMean(a.double, b.double, q.double)
        case .normal(let mu, _):
            result = mu.double
        case .loguniform, .qloguniform, .lognormal, .qnormal, .qlognormal, .choice:
            result = nil  // no epoch count is written this way in practice; say "unknown" rather than guess
        }
        return result.flatMap { $0.isFinite ? $0 : nil }
    }

    /// E[round(U / q) q] for U ~ U(a, b): each multiple jq takes the share of [a, b] that rounds
    /// to it (ties have probability 0). nil for more than a million multiples.
    static func roundedUniformMean(_ a: Double, _ b: Double, _ q: Double) -> Double? {
        guard q > 0, b > a, a.isFinite, b.isFinite else { return b == a ? (a / q).rounded() * q : nil }
        let first = (a / q).rounded(), last = (b / q).rounded()
        guard last - first <= 1_000_000 else { return nil }
        var sum = 0.0
        var j = first
        while j <= last {
            let low = max(a, (j - 0.5) * q), high = min(b, (j + 0.5) * q)
            if high > low { sum += (high - low) * j * q }
            j += 1
        }
        return sum / (b - a)
    }
}
