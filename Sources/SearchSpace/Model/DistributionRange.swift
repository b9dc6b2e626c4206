import Foundation

/// The one definition of the interval a distribution covers, in real units: what the editor
/// converts between kinds, what the sample statistics bucket, what validation compares with a
/// field's constraint, and what the list shows beside a log-scale sweep all read it.
///
/// Bounded kinds cover their bounds (log kinds e^bound), randint [0, upper), the normal kinds
/// mu ± `sigmas` sigma (in log space for the log kinds, then e^), choice its smallest and
/// largest number. The ends come in the order the parameters give them (min_value first, mu
/// minus first): callers that need them ordered order them, so a reversed range stays visible.
public struct DistributionRange: Hashable, Sendable {
    public var lower: Double
    public var upper: Double
    /// The rounding step of a q-form, nil for the others.
    public var q: Double?

    public init(lower: Double, upper: Double, q: Double? = nil) {
        self.lower = lower
        self.upper = upper
        self.q = q
    }

    /// The range of a numeric kind from its first two parameters in Azure's order (min/max,
    /// mu/sigma, upper in `a`); randint's `a` is its upper. Not for choice (see `init?(_:sigmas:)`).
    public init(kind: DistributionKind, _ a: Double, _ b: Double, q: Double? = nil, sigmas: Double) {
        switch kind {
        case .choice, .randint: (lower, upper) = (0, a)
        case .uniform, .quniform: (lower, upper) = (a, b)
        case .loguniform, .qloguniform: (lower, upper) = (exp(a), exp(b))
        case .normal, .qnormal: (lower, upper) = (a - sigmas * b, a + sigmas * b)
        case .lognormal, .qlognormal: (lower, upper) = (exp(a - sigmas * b), exp(a + sigmas * b))
        }
        self.q = kind.isQuantized ? q : nil
    }

    /// The range of `d`; nil for a choice without a number.
    public init?(_ d: Distribution, sigmas: Double) {
        if case .choice(let values) = d {
            let numbers = values.compactMap(\.number)
            guard let lo = numbers.min(), let hi = numbers.max() else { return nil }
            self.init(lower: lo, upper: hi)
            return
        }
        let p = d.parameters.map(\.double)
        self.init(kind: d.kind, p[0], p.count > 1 ? p[1] : 0, q: p.count > 2 ? p[2] : nil, sigmas: sigmas)
    }
}
