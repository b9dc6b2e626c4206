/// What a subspace says about one hyperparameter.
public enum Setting: Hashable, Sendable {
    /// Not in the file: Azure uses training_parameters or its default.
    case unset
    /// A literal used by every trial.
    case fixed(Value)
    /// A distribution the sweep samples.
    case swept(Distribution)

    public var isUnset: Bool { self == .unset }

    public var distribution: Distribution? {
        if case .swept(let d) = self { return d }
        return nil
    }

    public var fixedValue: Value? {
        if case .fixed(let v) = self { return v }
        return nil
    }
}
