import SearchSpace

/// Whether a parameter has an effect in a subspace: momentum does nothing unless the optimizer
/// is sgd. The list greys inactive rows and says why.
public enum Activity {
    /// Why the parameter has no effect in the subspace, nil when it has (or may have) one
    /// (SearchSpace's `activation` judges; this only words it). A value the deciding field
    /// cannot read (its kind rule reports it) activates nothing.
    public static func inactiveReason(_ id: ParameterID, in sub: Subspace, space: SearchSpace) -> String? {
        guard let activation = space.activation(of: id, in: sub), activation.isOffInEveryTrial,
              let values = activation.deciding.values else { return nil }
        var source = values.map(ValueFormat.plain).joined(separator: ", ")
        switch activation.deciding.source {
        case .trainingParameters: source += " in training_parameters"
        case .azureDefault: source += " by default"
        case .swept, .fixed, .none: break
        }
        return "\(activation.condition.summary) (it is \(source))"
    }

    /// The list's short wording: "needs optimizer adam/adamw".
    public static func shortReason(_ id: ParameterID) -> String {
        guard let condition = Catalogue.spec(id).activeWhen else { return "" }
        return "needs \(condition.parameter.name) " + condition.values.map(ValueFormat.plain).joined(separator: "/")
    }
}

/// One line of the parameter list: a catalogue parameter, or a key the catalogue does not know.
public enum Row: Hashable, Sendable {
    case parameter(ParameterID)
    case unknownKey(String)

    public var name: String {
        switch self {
        case .parameter(let id): return id.name
        case .unknownKey(let name): return name
        }
    }

    public var parameter: ParameterID? {
        if case .parameter(let id) = self { return id }
        return nil
    }

    /// The row a finding's subject names; nil for a sweep setting or a job key (no row shows them).
    public init?(_ subject: Subject) {
        switch subject {
        case .parameter(let id): self = .parameter(id)
        case .unknownKey(let key): self = .unknownKey(key)
        case .sweepSetting, .jobKey: return nil
        }
    }

    /// The rows of a subspace: the 31 parameters in catalogue order, then unknown keys; only
    /// those the filter matches (`FilterMatch`: parts, word starts, abbreviations, letters in order).
    public static func rows(of sub: Subspace, filter: String) -> [Row] {
        let all = ParameterID.allCases.map(Row.parameter) + sub.unknownKeys.map { Row.unknownKey($0.name) }
        return FilterMatch.matching(filter, in: all)
    }
}
