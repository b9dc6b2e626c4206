/// Checks a search space against the catalogue and Azure's rules. Pure and fast: the editor
/// runs it on every keystroke. Each rule family lives in its own type; this file only runs
/// them in order, so that a later rule can trust what an earlier one established (the range
/// rules see only values of the right kind, in a distribution of a sound shape).
public enum Validator {
    /// Every finding for the space, most severe first, then in subspace and written order.
    public static func check(_ space: SearchSpace) -> [Diagnostic] {
        sorted(findings(space))
    }

    /// The space's findings in the order the rules find them.
    private static func findings(_ space: SearchSpace) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let base = space.trainingParameters
        for (i, sub) in space.subspaces.enumerated() {
            let scope = Scope.subspace(i)
            KindRules.checkUnknownKeys(sub, scope: scope, into: &found)
            for id in sub.order {
                checkSetting(id, sub[id], scope: scope, into: &found)
            }
            LayerRules.checkOverlap(sub, index: i, base, into: &found)
            ConditionRules.check(sub, scope: scope, space: space, into: &found)
            CrossFieldRules.checkModelNames(sub[.modelName], scope: scope, into: &found)
            CrossFieldRules.check(scope: scope, { space.effectiveValue($0, in: sub) },
                                  isSetHere: { !sub[$0].isUnset }, into: &found)
        }
        KindRules.checkUnknownKeys(base, scope: .trainingParameters, into: &found)
        for id in base.order where LayerRules.checkFixedLayer(id, base[id], into: &found) {
            checkSetting(id, base[id], scope: .trainingParameters, into: &found)
        }
        if !base.order.isEmpty {
            ConditionRules.checkTrainingParameters(space, into: &found)
            CrossFieldRules.checkModelNames(base[.modelName], scope: .trainingParameters, into: &found)
            CrossFieldRules.check(scope: .trainingParameters, { space.baseEffectiveValue($0) },
                                  isSetHere: { !base[$0].isUnset }, into: &found)
        }
        FreezeRules.check(space, into: &found)
        AlgorithmRules.check(space, into: &found)
        BudgetRules.check(space, into: &found)
        return found
    }

    /// The rules about one setting on its own: kind, then shape, the log-scale trap and range.
    static func checkSetting(_ id: ParameterID, _ setting: Setting, scope: Scope, into found: inout [Diagnostic]) {
        guard KindRules.check(id, setting, scope: scope, into: &found) else { return }
        let spec = Catalogue.spec(id)
        switch setting {
        case .unset: return
        case .fixed(let v): RangeRules.checkFixed(v, spec, scope, into: &found)
        case .swept(let d):
            guard ShapeRules.check(d, spec, scope, into: &found),
                  !LogScaleRules.check(d, spec, scope, into: &found) else { return }
            RangeRules.check(d, spec, scope, into: &found)
        }
    }

    /// Findings for a document: the space's, plus a note for each legacy construct read;
    /// sorted once, as `check(_: SearchSpace)` sorts (the editor calls this on every keystroke).
    public static func check(_ doc: Document) -> [Diagnostic] {
        var found = findings(doc.space)
        for old in doc.legacy + doc.readingNotes {
            found.append(Diagnostic(.note, old.scope, old.subject, field: .key, old.message, location: old.location))
        }
        LimitConflictRules.check(doc, into: &found)
        AutoModeRules.check(doc, into: &found)
        return sorted(found)
    }

    /// Errors, then warnings, then notes, each in the order found: one pass per severity
    /// (a stable sort of these large values costs more than the rules themselves).
    static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        if list.count < 2 { return list }
        var result: [Diagnostic] = []
        result.reserveCapacity(list.count)
        for severity in Severity.allCases {
            for d in list where d.severity == severity { result.append(d) }
        }
        return result
    }
}
