/// The catalogue's facts about the job around the 31 parameters: the limits Azure puts on a
/// sweep, the kinds each sampling algorithm takes, and the metric a new job of each task
/// optimizes (azure-contract.md). Validation and the writers read them here.
extension Catalogue {
    /// The max_trials Azure accepts.
    public static let maxTrialsRange = 1...1000
    /// The max_concurrent_trials Azure accepts (it silently caps it at max_trials).
    public static let maxConcurrentTrialsRange = 1...100

    /// The distribution kinds a sampling algorithm takes: grid enumerates choices only,
    /// bayesian models choice, uniform and quniform, random draws every kind.
    public static func acceptedKinds(_ algorithm: SamplingAlgorithm) -> [DistributionKind] {
        switch algorithm {
        case .random: return DistributionKind.allCases
        case .grid: return [.choice]
        case .bayesian: return [.choice, .uniform, .quniform]
        }
    }

    /// The primary_metric a new job of `task` optimizes.
    public static func primaryMetric(_ task: Task) -> String {
        switch task {
        case .imageClassification: return "accuracy"
        case .imageClassificationMultilabel: return "iou"
        }
    }
}
