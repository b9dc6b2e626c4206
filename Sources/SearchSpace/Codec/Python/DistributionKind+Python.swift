/// The azure.ai.ml.sweep classes of the ten distributions (checked against azure-ai-ml
/// 1.35.2: their keyword parameters are DistributionKind.parameterNames, choice's `values`).
extension DistributionKind {
    public var pythonClassName: String {
        switch self {
        case .choice: return "Choice"
        case .randint: return "Randint"
        case .uniform: return "Uniform"
        case .loguniform: return "LogUniform"
        case .quniform: return "QUniform"
        case .qloguniform: return "QLogUniform"
        case .normal: return "Normal"
        case .lognormal: return "LogNormal"
        case .qnormal: return "QNormal"
        case .qlognormal: return "QLogNormal"
        }
    }

    /// The kind of a class name, nil for any other name.
    public init?(pythonClassName name: String) {
        guard let kind = DistributionKind.allCases.first(where: { $0.pythonClassName == name }) else { return nil }
        self = kind
    }

    /// The Python keyword names of the parameters, in positional order.
    var pythonParameterNames: [String] { self == .choice ? ["values"] : parameterNames }
}

extension SamplingAlgorithm {
    /// How Azure's notebooks spell it in `set_sweep(sampling_algorithm=...)`.
    var pythonName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
