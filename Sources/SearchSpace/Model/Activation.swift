/// Whether a parameter has an effect in a subspace's trials (momentum does nothing unless the
/// optimizer is sgd): the one judgement validation's condition rules and the editor's greyed
/// rows both read. The deciding value is the effective one (`SearchSpace.effectiveValue`).
public struct Activation: Hashable, Sendable {
    public var condition: ActivationCondition
    /// What the deciding parameter can be in the subspace's trials.
    public var deciding: EffectiveValue
    /// Of the deciding parameter's possible values (none counted when they are not finitely
    /// many: a continuous sweep), how many activate the parameter, how many do not, and how
    /// many cannot be read as the deciding parameter's kind (its kind rule reports them).
    public var activating = 0
    public var notActivating = 0
    public var unreadable = 0

    /// Whether the deciding parameter's values are known one by one (fixed or a choice).
    public var isCounted: Bool { deciding.values != nil }
    /// No trial uses the parameter: the list greys it, validation warns where it is set.
    public var isOffInEveryTrial: Bool { isCounted && activating == 0 }
}

extension SearchSpace {
    /// The activation of `id` in `sub`; nil when `id` always has an effect or nothing is known
    /// of the deciding parameter (unset, and Azure chooses).
    public func activation(of id: ParameterID, in sub: Subspace) -> Activation? {
        guard let condition = Catalogue.spec(id).activeWhen,
              let deciding = effectiveValue(condition.parameter, in: sub) else { return nil }
        var activation = Activation(condition: condition, deciding: deciding)
        for v in deciding.values ?? [] {
            switch condition.isMet(by: v) {
            case true?: activation.activating += 1
            case false?: activation.notActivating += 1
            case nil: activation.unreadable += 1
            }
        }
        return activation
    }
}
