import SearchSpace

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
        case .unknownKey(let key), .trainingSetting(let key): self = .unknownKey(key)  // a training setting written in a subspace is one of its keys
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
