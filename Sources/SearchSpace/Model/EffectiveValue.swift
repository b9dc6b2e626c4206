/// What a parameter can be in one subspace's trials: the subspace's own setting, else
/// training_parameters, else Azure's default (Catalogue `defaultValue`), with its source.
/// Conditions, cross-field rules and the editor's activity reason on these, so
/// `optimizer: sgd` in training_parameters activates momentum in every subspace that leaves
/// optimizer unset.
public struct EffectiveValue: Hashable, Sendable {
    /// Every value a trial can use, when there are finitely many (fixed or choice).
    public var values: [Value]?
    public var source: ValueSource
    /// The setting behind it, for messages.
    public var setting: Setting

    /// nil for an unset setting.
    public init?(_ setting: Setting, source: ValueSource) {
        switch setting {
        case .unset: return nil
        case .fixed(let v): values = [v]
        case .swept(.choice(let choices)): values = choices
        case .swept: values = nil
        }
        self.source = source
        self.setting = setting
    }

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

extension SearchSpace {
    /// What `id` can be in `sub`'s trials; nil when nothing is known (model_name unset: Azure
    /// chooses).
    public func effectiveValue(_ id: ParameterID, in sub: Subspace) -> EffectiveValue? {
        let setting = sub[id]
        if let own = ValueSource(of: setting) { return EffectiveValue(setting, source: own) }
        return baseEffectiveValue(id)
    }

    /// The value `id` has in training_parameters, else Azure's default (`baseValue`).
    public func baseEffectiveValue(_ id: ParameterID) -> EffectiveValue? {
        let base = baseValue(id)
        guard let value = base.value else { return nil }
        return EffectiveValue(.fixed(value), source: base.source)
    }
}
