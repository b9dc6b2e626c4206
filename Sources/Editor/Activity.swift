import SearchSpace

/// Whether a parameter has an effect in a subspace: momentum does nothing unless the optimizer
/// is sgd. The list greys inactive rows and says why.
public enum Activity {
    /// Why the parameter has no effect in the subspace, nil when it has (or may have) one.
    public static func inactiveReason(_ id: ParameterID, in sub: Subspace, space: SearchSpace) -> String? {
        guard let condition = Catalogue.spec(id).activeWhen else { return nil }
        let possible: [Value]
        let source: String
        switch sub[condition.parameter] {
        case .fixed(let v):
            possible = [v]
            source = ValueFormat.plain(v)
        case .swept(.choice(let values)):
            possible = values
            source = values.map(ValueFormat.plain).joined(separator: ", ")
        case .swept:
            return nil
        case .unset:
            let base = space.baseValue(condition.parameter)
            guard let v = base.value else { return nil }
            possible = [v]
            source = ValueFormat.plain(v) + (base.source == .trainingParameters ? " in training_parameters" : " by default")
        }
        // A value the deciding field cannot read (its kind rule reports it) activates nothing.
        if possible.contains(where: { condition.isMet(by: $0) ?? false }) { return nil }
        return "\(condition.summary) (it is \(source))"
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

    /// The rows of a subspace: the 31 parameters in catalogue order, then unknown keys; only
    /// those the filter matches (`FilterMatch`: parts, word starts, abbreviations, letters in order).
    public static func rows(of sub: Subspace, filter: String) -> [Row] {
        let all = ParameterID.allCases.map(Row.parameter) + sub.unknownKeys.map { Row.unknownKey($0.name) }
        return FilterMatch.matching(filter, in: all)
    }
}
