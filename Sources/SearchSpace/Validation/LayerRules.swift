/// Layer rules: training_parameters is the fixed layer under the search space. A parameter
/// fixed there and also set in a subspace is ambiguous (the SDK accepts both and Azure states
/// no precedence); a distribution there is not a fixed value at all.
enum LayerRules {
    static func checkOverlap(_ sub: Subspace, index: Int, _ base: Subspace, into found: inout [Diagnostic]) {
        guard !base.order.isEmpty else { return }
        for id in sub.order {
            guard case .fixed(let fixed) = base[id] else { continue }
            let here: String
            switch sub[id] {
            case .fixed(let v): here = ValueFormat.plain(v)
            case .swept(let d): here = Wording.distribution(d)
            case .unset: continue
            }
            found.append(Diagnostic(.warning, .subspace(index), .parameter(id), field: .key,
                "\(id.name) is set both in subspace \(index + 1) (\(here)) and in training_parameters (\(ValueFormat.plain(fixed))); Azure documents no precedence, so keep it in one place",
                fix: Fix("remove \(id.name) from training_parameters", .set(.trainingParameters, id, .unset))))
        }
    }

    /// Returns false for a distribution: the rules for fixed values then skip it.
    static func checkFixedLayer(_ id: ParameterID, _ setting: Setting, into found: inout [Diagnostic]) -> Bool {
        guard case .swept(let d) = setting else { return true }
        var fix: Fix?
        if case .choice(let values) = d, values.count == 1 {
            fix = Fix("fix \(id.name) at \(ValueFormat.plain(values[0]))", .set(.trainingParameters, id, .fixed(values[0])))
        }
        found.append(Diagnostic(.error, .trainingParameters, .parameter(id), field: .value,
            "\(id.name) is \(Wording.distribution(d)), but training_parameters holds fixed values only; move the distribution to a subspace of search_space",
            fix: fix))
        return false
    }
}
