/// Condition rules: a parameter only matters when another one has certain values (momentum
/// with optimizer sgd). Set where it has no effect in any trial: a warning saying why; in
/// some trials only: a note. The deciding value is the effective one: the subspace's own
/// setting, else training_parameters, else Azure's default.
enum ConditionRules {
    /// How many of the deciding parameter's possible values activate the parameter.
    struct Tally {
        var active = 0
        var inactive = 0
    }

    static func check(_ sub: Subspace, scope: Scope, effective: EffectiveValues, into found: inout [Diagnostic]) {
        for id in sub.order {
            guard let condition = Catalogue.spec(id).activeWhen,
                  let parent = effective.possible(condition.parameter, in: sub),
                  let tally = tally(parent, condition) else { continue }
            report(id, condition, parent, tally, scope: scope, everyTrial: "in every trial of this subspace", &found)
        }
    }

    /// A parameter fixed in training_parameters that no subspace's trials use.
    static func checkTrainingParameters(_ space: SearchSpace, effective: EffectiveValues, into found: inout [Diagnostic]) {
        parameters: for id in space.trainingParameters.order {
            guard let condition = Catalogue.spec(id).activeWhen else { continue }
            var total = Tally()
            var sample: EffectiveValues.Possible?
            for sub in space.subspaces {
                guard let parent = effective.possible(condition.parameter, in: sub),
                      let t = tally(parent, condition) else { continue parameters }
                total.active += t.active
                total.inactive += t.inactive
                sample = sample ?? parent
            }
            guard let sample, total.active == 0 else { continue }
            report(id, condition, sample, total, scope: .trainingParameters, everyTrial: "in every trial", &found)
        }
    }

    /// nil when a value of the deciding parameter cannot be read (its kind rule reports it).
    static func tally(_ parent: EffectiveValues.Possible, _ condition: ActivationCondition) -> Tally? {
        guard let values = parent.values else { return nil }
        var t = Tally()
        for v in values {
            guard let met = condition.isMet(by: v) else { return nil }
            if met { t.active += 1 } else { t.inactive += 1 }
        }
        return t
    }

    private static func report(_ id: ParameterID, _ condition: ActivationCondition, _ parent: EffectiveValues.Possible,
                               _ tally: Tally, scope: Scope, everyTrial: String, _ found: inout [Diagnostic]) {
        let name = id.name
        let deciding = condition.parameter.name
        let wanted = Wording.alternatives(condition.values)
        if tally.active == 0 {
            let values = parent.values ?? []
            let uniqueValues = values.reduce(into: [Value]()) { if !$0.contains($1) { $0.append($1) } }
            let where_ = values.count == 1
                ? "\(deciding) is \(ValueFormat.plain(values[0]))\(Wording.origin(parent.origin))"
                : "\(deciding) is \(Wording.alternatives(uniqueValues)) \(everyTrial)"
            found.append(Diagnostic(.warning, scope, name, field: .key,
                "\(name) has no effect: it is used only when \(deciding) is \(wanted), and \(where_); remove \(name) or set \(deciding) to \(wanted)",
                fix: Fix("unset \(name)", .set(scope, id, .unset))))
        } else if tally.inactive > 0 {
            let written: String
            if case .swept(let d) = parent.setting { written = Wording.distribution(d) } else { written = "" }
            found.append(Diagnostic(.note, scope, name, field: .key,
                "\(name) matters only in the trials where \(deciding) is \(wanted) (\(deciding) is \(written))"))
        }
    }
}

extension ActivationCondition {
    /// Whether the deciding parameter's value `v` activates the parameter, reading `v` as the
    /// SDK does (enums in any case, bools from 1/0 and words); nil when `v` cannot be read as
    /// the deciding parameter's kind (its kind rule reports it). The validator and the sampler's
    /// trials both judge activity with it.
    public func isMet(by v: Value) -> Bool? {
        Self.normalised(v, parameter).map(values.contains)
    }

    /// The value as the SDK reads it: enums in lower case, bools from 1/0 and words.
    private static func normalised(_ v: Value, _ id: ParameterID) -> Value? {
        switch Catalogue.spec(id).kind {
        case .enum:
            guard case .string(let s) = v else { return nil }
            return .string(s.lowercased())
        case .bool:
            return Coercion.bool(v).map(Value.bool)
        case .int, .float, .string:
            return v
        }
    }
}
