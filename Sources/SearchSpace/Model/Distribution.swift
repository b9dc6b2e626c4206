/// The ten sweep distributions of Azure ML (how-to-tune-hyperparameters).
///
/// loguniform and qloguniform bounds are natural-log EXPONENTS; lognormal and qlognormal mu and
/// sigma live in log space too. randint draws from [0, upper).
public enum Distribution: Hashable, Sendable {
    case choice([Value])
    case randint(upper: Number)
    case uniform(min: Number, max: Number)
    case loguniform(min: Number, max: Number)
    case quniform(min: Number, max: Number, q: Number)
    case qloguniform(min: Number, max: Number, q: Number)
    case normal(mu: Number, sigma: Number)
    case lognormal(mu: Number, sigma: Number)
    case qnormal(mu: Number, sigma: Number, q: Number)
    case qlognormal(mu: Number, sigma: Number, q: Number)

    public var kind: DistributionKind {
        switch self {
        case .choice: return .choice
        case .randint: return .randint
        case .uniform: return .uniform
        case .loguniform: return .loguniform
        case .quniform: return .quniform
        case .qloguniform: return .qloguniform
        case .normal: return .normal
        case .lognormal: return .lognormal
        case .qnormal: return .qnormal
        case .qlognormal: return .qlognormal
        }
    }

    /// The numeric parameters in the order Azure writes them (empty for choice).
    public var parameters: [Number] {
        switch self {
        case .choice: return []
        case .randint(let u): return [u]
        case .uniform(let a, let b), .loguniform(let a, let b): return [a, b]
        case .quniform(let a, let b, let q), .qloguniform(let a, let b, let q): return [a, b, q]
        case .normal(let m, let s), .lognormal(let m, let s): return [m, s]
        case .qnormal(let m, let s, let q), .qlognormal(let m, let s, let q): return [m, s, q]
        }
    }

    /// Builds a numeric distribution from its kind and parameters in Azure's order.
    /// Returns nil for choice or a wrong parameter count.
    public init?(kind: DistributionKind, parameters p: [Number]) {
        guard p.count == kind.parameterNames.count else { return nil }
        switch kind {
        case .choice: return nil
        case .randint: self = .randint(upper: p[0])
        case .uniform: self = .uniform(min: p[0], max: p[1])
        case .loguniform: self = .loguniform(min: p[0], max: p[1])
        case .quniform: self = .quniform(min: p[0], max: p[1], q: p[2])
        case .qloguniform: self = .qloguniform(min: p[0], max: p[1], q: p[2])
        case .normal: self = .normal(mu: p[0], sigma: p[1])
        case .lognormal: self = .lognormal(mu: p[0], sigma: p[1])
        case .qnormal: self = .qnormal(mu: p[0], sigma: p[1], q: p[2])
        case .qlognormal: self = .qlognormal(mu: p[0], sigma: p[1], q: p[2])
        }
    }

    /// The values of a choice, nil for other kinds.
    public var choiceValues: [Value]? {
        if case .choice(let v) = self { return v }
        return nil
    }
}

/// The names of the ten distribution kinds, as written in `type:` and in REST strings.
public enum DistributionKind: String, CaseIterable, Hashable, Sendable {
    case choice, randint, uniform, loguniform, quniform, qloguniform, normal, lognormal, qnormal, qlognormal

    /// The dict-form keys of the numeric parameters, in REST order.
    public var parameterNames: [String] {
        switch self {
        case .choice: return []
        case .randint: return ["upper"]
        case .uniform, .loguniform: return ["min_value", "max_value"]
        case .quniform, .qloguniform: return ["min_value", "max_value", "q"]
        case .normal, .lognormal: return ["mu", "sigma"]
        case .qnormal, .qlognormal: return ["mu", "sigma", "q"]
        }
    }

    /// Whether the parameters are exponents of e (log space).
    public var isLogScale: Bool {
        switch self {
        case .loguniform, .qloguniform, .lognormal, .qlognormal: return true
        default: return false
        }
    }

    /// Whether the kind rounds to multiples of q.
    public var isQuantized: Bool {
        switch self {
        case .quniform, .qloguniform, .qnormal, .qlognormal: return true
        default: return false
        }
    }
}
