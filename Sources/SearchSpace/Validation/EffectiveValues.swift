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
        var origin: Origin
        /// The setting behind it, for messages.
        var setting: Setting

        /// The smallest number a trial can use (numbers only); computed on demand, since most
        /// rules only look at `values`.
        var low: Double? { bounds?.low }
        var high: Double? { bounds?.high }

        private var bounds: (low: Double, high: Double)? {
            switch setting {
            case .unset: return nil
            case .fixed(let v): return v.number.map { ($0, $0) }
            case .swept(.choice(let values)):
                var result: (low: Double, high: Double)?
                for v in values {
                    guard let x = v.number else { continue }
                    result = (min(result?.low ?? x, x), max(result?.high ?? x, x))
                }
                return result
            case .swept(let d):
                return Support.edges(d).map { ($0.lo, $0.hi) }
            }
        }
    }

    let space: SearchSpace

    /// nil when nothing is known (model_name unset: Azure chooses).
    func possible(_ id: ParameterID, in sub: Subspace) -> Possible? {
        let setting = sub[id]
        if case .unset = setting { return base(id) }
        return Self.describe(setting, origin: .subspace)
    }

    /// The value a parameter has in training_parameters, else Azure's default
    /// (`SearchSpace.baseValue`).
    func base(_ id: ParameterID) -> Possible? {
        let base = space.baseValue(id)
        guard let value = base.value else { return nil }
        switch base.source {
        case .trainingParameters: return Self.describe(.fixed(value), origin: .trainingParameters)
        case .azureDefault, .none: return Self.describe(.fixed(value), origin: .azureDefault)
        }
    }

    static func describe(_ setting: Setting, origin: Origin) -> Possible? {
        switch setting {
        case .unset: return nil
        case .fixed(let v): return Possible(values: [v], origin: origin, setting: setting)
        case .swept(.choice(let values)): return Possible(values: values, origin: origin, setting: setting)
        case .swept: return Possible(values: nil, origin: origin, setting: setting)
        }
    }
}
