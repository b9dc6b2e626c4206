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
    /// `sweep.early_termination` (nil: none; bayesian sampling takes none).
    public var earlyTermination: EarlyTermination?

    /// One sweep setting's value, to tell whether it changed (the policy as a whole).
    public func value(of setting: SweepSetting) -> AnyHashable? {
        switch setting {
        case .samplingAlgorithm: return samplingAlgorithm
        case .maxTrials: return maxTrials
        case .maxConcurrentTrials: return maxConcurrentTrials
        case .timeoutMinutes: return timeoutMinutes
        case .earlyTermination: return earlyTermination
        }
    }

    /// Whether the sweep stops poor trials early.
    public var hasEarlyTermination: Bool { earlyTermination != nil }

    public init(task: Task = .imageClassification, samplingAlgorithm: SamplingAlgorithm = .random,
                maxTrials: Int? = nil, maxConcurrentTrials: Int? = nil, timeoutMinutes: Int? = nil,
                earlyTermination: EarlyTermination? = nil) {
        self.task = task
        self.samplingAlgorithm = samplingAlgorithm
        self.maxTrials = maxTrials
        self.maxConcurrentTrials = maxConcurrentTrials
        self.timeoutMinutes = timeoutMinutes
        self.earlyTermination = earlyTermination
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
    /// training_parameters, else Azure's default for the task and, when `sub` (or
    /// training_parameters) fixes the model, for that model (`ModelDefaultsTable`).
    public func baseValue(_ id: ParameterID, in sub: Subspace? = nil) -> (value: Value?, source: ValueSource) {
        if case .fixed(let v) = trainingParameters[id] { return (v, .trainingParameters) }
        if let d = ModelDefaultsTable.value(id, model: fixedModel(in: sub), task: job.task) { return (d, .azureDefault) }
        if let d = Catalogue.spec(id).defaultValue { return (d, .azureDefault) }
        return (nil, .none)
    }

    /// Every value the trials of `sub` can get for a parameter it leaves unset: one, except for
    /// a default that follows a swept model (training_batch_size 128 or 48 among ViT models).
    public func baseValues(_ id: ParameterID, in sub: Subspace) -> (values: [Value], source: ValueSource) {
        let base = baseValue(id, in: sub)
        guard base.source == .azureDefault, ModelDefaultsTable.dependsOnModel(id),
              case .swept(.choice(let models)) = sub[.modelName] else { return (base.value.map { [$0] } ?? [], base.source) }
        var values: [Value] = []
        for case .string(let model) in models {
            if let v = ModelDefaultsTable.value(id, model: model, task: job.task), !values.contains(v) { values.append(v) }
        }
        return (values.isEmpty ? base.value.map { [$0] } ?? [] : values, base.source)
    }

    /// The model every trial of `sub` trains, when the subspace or training_parameters fixes it.
    func fixedModel(in sub: Subspace?) -> String? {
        if case .fixed(.string(let name))? = sub?[.modelName] { return name }
        if sub?[.modelName].isUnset ?? true, case .fixed(.string(let name)) = trainingParameters[.modelName] { return name }
        return nil
    }
}
