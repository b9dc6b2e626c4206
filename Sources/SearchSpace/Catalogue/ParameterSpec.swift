/// The kind of value a hyperparameter takes.
public enum ParameterKind: String, Hashable, Sendable {
    case bool, int, float, string, `enum`

    /// The distribution kinds a field of this kind accepts, in the order the editor's t
    /// cycles through them: an integer field takes no kind that draws fractions (uniform,
    /// loguniform, normal, lognormal); a name, an enum or a bool takes only a choice.
    public var acceptedDistributionKinds: [DistributionKind] {
        switch self {
        case .float: return DistributionKind.allCases
        case .int: return [.choice, .randint, .quniform, .qloguniform, .qnormal, .qlognormal]
        case .bool, .string, .enum: return [.choice]
        }
    }
}

/// What a value must satisfy, beyond its kind.
public enum Constraint: Hashable, Sendable {
    case none
    /// A closed interval, e.g. [0, 1] for learning_rate.
    case closedRange(Double, Double)
    /// > 0 (integers: >= 1).
    case positive
    /// >= 0.
    case nonNegative
    /// One of a fixed set of integers (weighted_loss: 0, 1, 2).
    case oneOfIntegers([Int])
    /// One of the enum's values.
    case enumValues([String])
    /// A model name; unknown names are warnings, not errors.
    case modelName

    /// Whether a number satisfies the constraint (non-numeric constraints accept every number).
    public func admits(_ x: Double) -> Bool {
        switch self {
        case .closedRange(let lo, let hi): return x >= lo && x <= hi
        case .positive: return x > 0
        case .nonNegative: return x >= 0
        case .oneOfIntegers(let set): return set.contains { Double($0) == x }
        case .none, .enumValues, .modelName: return true
        }
    }

    /// Human wording: "in [0, 1]", "positive".
    public var summary: String {
        switch self {
        case .none: return "any value"
        case .closedRange(let lo, let hi): return "in [\(NumberFormat.short(lo)), \(NumberFormat.short(hi))]"
        case .positive: return "positive"
        case .nonNegative: return "0 or more"
        case .oneOfIntegers(let set): return "one of " + set.map(String.init).joined(separator: ", ")
        case .enumValues(let values): return "one of " + values.joined(separator: ", ")
        case .modelName: return "a supported model name"
        }
    }
}

/// When a parameter has an effect: another parameter's effective value must be one of a set.
public struct ActivationCondition: Hashable, Sendable {
    public let parameter: ParameterID
    public let values: [Value]
    /// Human wording: "only with optimizer sgd".
    public var summary: String {
        let listed = values.map(ValueFormat.plain).joined(separator: " or ")
        return "only when \(parameter.name) is \(listed)"
    }
}

/// Everything sweepedit knows about one hyperparameter: one row of the catalogue.
public struct ParameterSpec: Hashable, Sendable {
    public let id: ParameterID
    /// The REST/wire camelCase name (`stepLRGamma`).
    public let wireName: String
    public let kind: ParameterKind
    public let constraint: Constraint
    /// One line of documentation.
    public let doc: String
    /// Azure's documented default, where it documents one (nil: Azure decides).
    public let defaultValue: Value?
    /// Where the default depends on the model, wording of that dependency.
    public let defaultNote: String?
    public let activeWhen: ActivationCondition?

    public var name: String { id.name }
}
