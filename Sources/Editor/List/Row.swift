import SearchSpace

/// One line of the parameter list: a setting of the job's sweep (at the top, the same for every
/// subspace), a catalogue parameter, or a key the catalogue does not know.
public enum Row: Hashable, Sendable {
    case sweep(SweepSetting)
    case parameter(ParameterID)
    case unknownKey(String)

    /// The name the list shows and the filter matches: a sweep setting by its place in the job
    /// (`limits.max_trials`), so that it reads apart from the hyperparameters.
    public var name: String {
        switch self {
        case .sweep(let setting): return setting.path
        case .parameter(let id): return id.name
        case .unknownKey(let name): return name
        }
    }

    public var sweepSetting: SweepSetting? {
        if case .sweep(let setting) = self { return setting }
        return nil
    }

    public var parameter: ParameterID? {
        if case .parameter(let id) = self { return id }
        return nil
    }

    /// The row a finding's subject names: a job key shows on the sweep setting it concerns
    /// (an old `sweep.limits:` on max_trials, an AutoMode job's missing search_space on the
    /// sampling algorithm); nil for a key no row stands for.
    public init?(_ subject: Subject) {
        switch subject {
        case .parameter(let id): self = .parameter(id)
        case .unknownKey(let key), .trainingSetting(let key): self = .unknownKey(key)  // a training setting written in a subspace is one of its keys
        case .sweepSetting(let setting): self = .sweep(setting)
        case .jobKey("limits"): self = .sweep(.maxTrials)
        case .jobKey("search_space"), .jobKey("sweep"): self = .sweep(.samplingAlgorithm)
        case .jobKey: return nil
        }
    }

    /// The row a finding shows on: its subject's; a finding about a whole scope (an old
    /// `image_model:` block) on the scope's first row, so that every finding has one and n
    /// reaches it.
    public static func of(_ d: Diagnostic, in space: SearchSpace) -> Row? {
        if let subject = d.subject { return Row(subject) }
        switch d.scope {
        case .job: return .sweep(.samplingAlgorithm)
        case .trainingParameters: return .parameter(space.trainingParameters.order.first ?? .modelName)
        case .subspace: return .parameter(.modelName)
        }
    }

    /// The sweep settings, the same above every subspace.
    static let sweepRows = SweepSetting.allCases.map(Row.sweep)

    /// The rows of a subspace: the sweep settings, the 31 parameters in catalogue order, then
    /// unknown keys; only those the filter matches (`FilterMatch`: parts, word starts,
    /// abbreviations, letters in order).
    public static func rows(of sub: Subspace, filter: String) -> [Row] {
        let all = sweepRows + ParameterID.allCases.map(Row.parameter) + sub.unknownKeys.map { Row.unknownKey($0.name) }
        return FilterMatch.matching(filter, in: all)
    }

    /// Where the list opens: the first hyperparameter, with the sweep settings in view above it.
    static let firstParameterIndex = sweepRows.count
}
