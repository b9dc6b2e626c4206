/// The sampling algorithms sweepedit runs to show what a job would try (the editor's preview,
/// `sweepedit sample`).
public enum SimulatedAlgorithm: String, CaseIterable, Hashable, Sendable {
    case random, grid
}

extension SamplingAlgorithm {
    /// The algorithm sweepedit runs for this one. Bayesian sampling picks each point from the
    /// results of the trials before it, which no simulation has: random draws stand in for it
    /// (they show the space it searches, as its first trials do).
    public var simulated: SimulatedAlgorithm {
        switch self {
        case .random, .bayesian: return .random
        case .grid: return .grid
        }
    }

    /// Whether `simulated` runs this algorithm itself rather than standing in for it.
    public var isSimulatedExactly: Bool { rawValue == simulated.rawValue }
}
