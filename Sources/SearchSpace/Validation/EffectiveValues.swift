/// The values a parameter can take in a subspace's trials: the subspace's own setting, else
/// training_parameters, else Azure's default (Catalogue `defaultValue`). Conditions and
/// cross-field rules reason on these, so `optimizer: sgd` in training_parameters activates
/// momentum in every subspace that leaves optimizer unset.
struct EffectiveValues {
    enum Origin: Hashable { case subspace, trainingParameters, azureDefault }

    /// What a parameter can be in one subspace's trials.
    struct Possible {
        /// Every value a trial can use, when there are finitely many (fixed or choice).
        var values: [Value]?
        /// The smallest and largest number a trial can use (numbers only).
        var low: Double?
        var high: Double?
        var origin: Origin
        /// The setting behind it, for messages.
        var setting: Setting
    }

    let space: SearchSpace

    /// nil when nothing is known (model_name unset: Azure chooses).
    func possible(_ id: ParameterID, in sub: Subspace) -> Possible? {
        switch sub[id] {
        case .unset: break
        case let setting: return Self.describe(setting, origin: .subspace)
        }
        if case .fixed = space.trainingParameters[id] {
            return Self.describe(space.trainingParameters[id], origin: .trainingParameters)
        }
        if let d = Catalogue.spec(id).defaultValue { return Self.describe(.fixed(d), origin: .azureDefault) }
        return nil
    }

    /// The value a parameter has in training_parameters, else Azure's default.
    func base(_ id: ParameterID) -> Possible? {
        if case .fixed = space.trainingParameters[id] {
            return Self.describe(space.trainingParameters[id], origin: .trainingParameters)
        }
        if let d = Catalogue.spec(id).defaultValue { return Self.describe(.fixed(d), origin: .azureDefault) }
        return nil
    }

    static func describe(_ setting: Setting, origin: Origin) -> Possible? {
        switch setting {
        case .unset: return nil
        case .fixed(let v):
            return Possible(values: [v], low: v.number, high: v.number, origin: origin, setting: setting)
        case .swept(.choice(let values)):
            let numbers = values.compactMap(\.number)
            return Possible(values: values, low: numbers.min(), high: numbers.max(), origin: origin, setting: setting)
        case .swept(let d):
            let edges = Support.edges(d)
            return Possible(values: nil, low: edges?.lo, high: edges?.hi, origin: origin, setting: setting)
        }
    }
}
