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

