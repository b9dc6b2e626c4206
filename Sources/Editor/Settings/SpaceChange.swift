import SearchSpace

/// What changed between two spaces, said in a line and located, so that undo and redo can say
/// what they did ("undo: learning_rate max_value 0.02 -> 0.01 (subspace 2)") and show it.
/// The arrow reads as the key's effect: the value before the key, then the value after it.
struct SpaceChange: Hashable, Sendable {
    /// The subspace to show (0-based), nil when the change is outside the subspaces.
    var subspace: Int?
    /// The row to select.
    var row: Row?
    var text: String

    /// The first difference from `old` to `new` (subspaces in order, parameters in catalogue
    /// order), with a count of the others; nil when they are equal.
    static func between(_ old: SearchSpace, _ new: SearchSpace) -> SpaceChange? {
        guard old != new else { return nil }
        if old.subspaces.count != new.subspaces.count {
            let shorter = min(old.subspaces.count, new.subspaces.count)
            let at = (0..<shorter).first { old.subspaces[$0] != new.subspaces[$0] } ?? shorter
            if new.subspaces.count > old.subspaces.count {
                return SpaceChange(subspace: at, row: nil, text: "subspace \(at + 1) added")
            }
            return SpaceChange(subspace: max(0, min(at, new.subspaces.count - 1)), row: nil,
                               text: "subspace \(at + 1) deleted")
        }
        var changes: [SpaceChange] = []
        for (k, (a, b)) in zip(old.subspaces, new.subspaces).enumerated() where a != b {
            for id in ParameterID.allCases where a[id] != b[id] {
                changes.append(SpaceChange(subspace: k, row: .parameter(id), text: describe(id, a[id], b[id])))
            }
            let names = Set(a.unknownKeys.map(\.name)).symmetricDifference(b.unknownKeys.map(\.name))
            for name in names.sorted() {
                let removed = a.unknownKeys.contains { $0.name == name }
                changes.append(SpaceChange(subspace: k, row: removed ? nil : .unknownKey(name),
                                           text: name + (removed ? " removed" : " back")))
            }
        }
        changes += jobChanges(old.job, new.job)
        if old.trainingParameters != new.trainingParameters {
            changes.append(SpaceChange(subspace: nil, row: nil, text: "training_parameters"))
        }
        guard let first = changes.first else { return nil }
        var change = first
        if let k = change.subspace, new.subspaces.count > 1 { change.text += " (subspace \(k + 1))" }
        if changes.count > 1 { change.text += " and \(changes.count - 1) more change\(changes.count == 2 ? "" : "s")" }
        return change
    }

    /// One change per sweep setting that differs: "limits.max_trials 10 -> 40",
    /// "sweep.early_termination slack_factor 0.2 -> 0.1".
    static func jobChanges(_ old: JobSettings, _ new: JobSettings) -> [SpaceChange] {
        SweepSetting.allCases.compactMap { setting in
            let before = SweepFieldCodec.valueText(setting, old), after = SweepFieldCodec.valueText(setting, new)
            guard before != after else { return nil }
            var text = "\(setting.path) \(before ?? "unset") -> \(after ?? "unset")"
            if setting == .earlyTermination, let a = old.earlyTermination, let b = new.earlyTermination, a.policy == b.policy,
               let field = a.policy.fields.first(where: { a[$0] != b[$0] }) {
                let fields = SweepFieldCodec.fields(setting, old), later = SweepFieldCodec.fields(setting, new)
                let i = a.policy.fields.firstIndex(of: field) ?? 0
                text = "\(setting.path) \(field.rawValue) \(fields[i].text.isEmpty ? "unset" : fields[i].text) -> "
                    + (later[i].text.isEmpty ? "unset" : later[i].text)
            }
            return SpaceChange(subspace: nil, row: .sweep(setting), text: text)
        }
    }

    /// "learning_rate max_value 0.01 -> 0.02" when one field of the same kind changed, else the
    /// whole settings: "momentum unset -> 0.9", "learning_rate uniform(...) -> loguniform(...)".
    static func describe(_ id: ParameterID, _ old: Setting, _ new: Setting) -> String {
        let spec = Catalogue.spec(id)
        if sameShape(old, new) {
            let before = FieldCodec.fields(of: old, spec: spec), after = FieldCodec.fields(of: new, spec: spec)
            if before.count == after.count {
                let differing = before.indices.filter { before[$0].text != after[$0].text }
                if differing.count == 1, let i = differing.first {
                    let label = before[i].label == "value" ? "" : " " + before[i].label
                    return id.name + label + " " + before[i].text + " -> " + after[i].text
                }
            }
        }
        return id.name + " " + short(old, spec) + " -> " + short(new, spec)
    }

    /// Both fixed, or both the same kind of distribution: their fields line up.
    static func sameShape(_ a: Setting, _ b: Setting) -> Bool {
        switch (a, b) {
        case (.fixed, .fixed): return true
        case (.swept(let x), .swept(let y)): return x.kind == y.kind
        default: return false
        }
    }

    static func short(_ setting: Setting, _ spec: ParameterSpec) -> String {
        switch setting {
        case .unset: return "unset"
        case .fixed(let v): return RestFormat.literal(v, for: spec.kind)
        case .swept(let d): return RestFormat.string(d, for: spec.kind, characters: 40)
        }
    }
}
