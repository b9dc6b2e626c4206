/// The job task: both use the same 31 parameters.
public enum Task: String, CaseIterable, Hashable, Sendable {
    case imageClassification = "image_classification"
    case imageClassificationMultilabel = "image_classification_multilabel"
}

/// The job's `sweep.sampling_algorithm`.
public enum SamplingAlgorithm: String, CaseIterable, Hashable, Sendable {
    case random, grid, bayesian
}

/// The facts of the job around the space that validation and sampling depend on.
public struct JobSettings: Hashable, Sendable {
    public var task: Task
    public var samplingAlgorithm: SamplingAlgorithm
    public var maxTrials: Int?
    public var maxConcurrentTrials: Int?
    /// `limits.timeout_minutes`: the whole sweep's time limit.
    public var timeoutMinutes: Int?
    /// Whether `sweep.early_termination` is set (bayesian supports none).
    public var hasEarlyTermination: Bool

    public init(task: Task = .imageClassification, samplingAlgorithm: SamplingAlgorithm = .random,
                maxTrials: Int? = nil, maxConcurrentTrials: Int? = nil, timeoutMinutes: Int? = nil,
                hasEarlyTermination: Bool = false) {
        self.task = task
        self.samplingAlgorithm = samplingAlgorithm
        self.maxTrials = maxTrials
        self.maxConcurrentTrials = maxConcurrentTrials
        self.timeoutMinutes = timeoutMinutes
        self.hasEarlyTermination = hasEarlyTermination
    }
}

/// An Azure search space: an ordered list of subspaces, the fixed `training_parameters`
/// layer beneath them, and the job settings validation needs.
public struct SearchSpace: Hashable, Sendable {
    public var subspaces: [Subspace]
    /// Fixed values applied to every trial (job YAML `training_parameters:`); fixed settings only.
    public var trainingParameters: Subspace
    public var job: JobSettings

    public init(subspaces: [Subspace] = [Subspace()], trainingParameters: Subspace = Subspace(),
                job: JobSettings = JobSettings()) {
        self.subspaces = subspaces
        self.trainingParameters = trainingParameters
        self.job = job
    }

    /// The value a trial uses for a parameter that a subspace leaves unset, and its source:
    /// `.trainingParameters`, `.azureDefault` or `.none` (Azure decides).
    public func baseValue(_ id: ParameterID) -> (value: Value?, source: ValueSource) {
        if case .fixed(let v) = trainingParameters[id] { return (v, .trainingParameters) }
        if let d = Catalogue.spec(id).defaultValue { return (d, .azureDefault) }
        return (nil, .none)
    }
}
