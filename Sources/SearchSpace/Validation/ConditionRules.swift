/// Condition rules: a parameter only matters when another one has certain values (momentum
/// with optimizer sgd). Set where it has no effect in any trial: a warning saying why; in
/// some trials only: a note. The deciding value is the effective one: the subspace's own
/// setting, else training_parameters, else Azure's default.
enum ConditionRules {
    static func check(_ sub: Subspace, scope: Scope, space: SearchSpace, into found: inout [Diagnostic]) {
        for id in sub.order {
            guard let activation = reported(space.activation(of: id, in: sub)) else { continue }
            report(id, activation, scope: scope, everyTrial: "in every trial of this subspace", &found)
        }
    }

    /// A parameter fixed in training_parameters that no subspace's trials use.
    static func checkTrainingParameters(_ space: SearchSpace, into found: inout [Diagnostic]) {
        parameters: for id in space.trainingParameters.order {
            guard Catalogue.spec(id).activeWhen != nil else { continue }
            var total: Activation?
            for sub in space.subspaces {
                guard let a = reported(space.activation(of: id, in: sub)) else { continue parameters }
                // the first subspace's deciding value speaks for the message; the counts add up
                if var sum = total {
                    sum.activating += a.activating
                    sum.notActivating += a.notActivating
                    total = sum
                } else {
                    total = a
                }
            }
            guard let total, total.activating == 0 else { continue }
            report(id, total, scope: .trainingParameters, everyTrial: "in every trial", &found)
        }
    }

    /// The activation a rule reports on: counted, and every deciding value read (one that
    /// cannot be read is its kind rule's finding, not a condition's).
    private static func reported(_ activation: Activation?) -> Activation? {
        guard let activation, activation.isCounted, activation.unreadable == 0 else { return nil }
        return activation
    }

    private static func report(_ id: ParameterID, _ activation: Activation, scope: Scope, everyTrial: String,
                               _ found: inout [Diagnostic]) {
        let condition = activation.condition, parent = activation.deciding
        let name = id.name
        let deciding = condition.parameter.name
        let wanted = Wording.alternatives(condition.values)
        if activation.activating == 0 {
            let values = parent.values ?? []
            let uniqueValues = values.reduce(into: [Value]()) { if !$0.contains($1) { $0.append($1) } }
            let where_ = values.count == 1
                ? "\(deciding) is \(ValueFormat.plain(values[0]))\(Wording.origin(parent.source))"
                : "\(deciding) is \(Wording.alternatives(uniqueValues)) \(everyTrial)"
            found.append(Diagnostic(.warning, scope, .parameter(id), field: .key,
                "\(name) has no effect: it is used only when \(deciding) is \(wanted), and \(where_); remove \(name) or set \(deciding) to \(wanted)",
                fix: Fix("unset \(name)", .set(scope, id, .unset))))
        } else if activation.notActivating > 0 {
            let written: String
            if case .swept(let d) = parent.setting { written = Wording.distribution(d) } else { written = "" }
            found.append(Diagnostic(.note, scope, .parameter(id), field: .key,
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
