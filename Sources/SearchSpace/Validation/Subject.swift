/// What a finding (or a note on a legacy construct) is about, typed: the editor finds its row,
/// `n` orders findings, and `validate` prints its name, from this one value.
public enum Subject: Hashable, Sendable {
    /// One of the 31 catalogue parameters, in a subspace or training_parameters.
    case parameter(ParameterID)
    /// A key of a subspace (or training_parameters) the catalogue does not know.
    case unknownKey(String)
    /// A training setting Azure cannot sweep (`checkpoint_frequency`, ...: `TrainingOnlySetting`).
    case trainingSetting(String)
    /// A setting of the job's sweep.
    case sweepSetting(SweepSetting)
    /// Another key of the job file (`limits` under `sweep:`).
    case jobKey(String)

    /// A key written in a subspace: the parameter it names, else an unknown key.
    public init(key: String) {
        self = ParameterID(rawValue: key).map(Subject.parameter) ?? .unknownKey(key)
    }

    /// The name as the file writes it: `learning_rate`, `max_trials`, `limits`.
    public var name: String {
        switch self {
        case .parameter(let id): return id.name
        case .unknownKey(let key), .jobKey(let key), .trainingSetting(let key): return key
        case .sweepSetting(let setting): return setting.rawValue
        }
    }
}

/// The settings of a job's `sweep:` and `limits:`, in the order the editor lists them.
public enum SweepSetting: String, Hashable, Sendable, CaseIterable {
    case samplingAlgorithm = "sampling_algorithm"
    case maxTrials = "max_trials"
    case maxConcurrentTrials = "max_concurrent_trials"
    case timeoutMinutes = "timeout_minutes"
    case earlyTermination = "early_termination"
}

extension SweepSetting {
    /// Where the job file writes it: `sweep.sampling_algorithm`, `limits.max_trials`.
    public var path: String {
        switch self {
        case .samplingAlgorithm, .earlyTermination: return "sweep." + rawValue
        case .maxTrials, .maxConcurrentTrials, .timeoutMinutes: return "limits." + rawValue
        }
    }
}
