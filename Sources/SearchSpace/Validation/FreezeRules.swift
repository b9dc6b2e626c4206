/// layers_to_freeze against the model a trial trains. Azure freezes the model's first N layer
/// groups, listed per family in reference-automl-images-hyperparameters (`ModelInfo.freezableLayers`),
/// so a trial that draws more than its model has fails: an error naming the model. A model whose
/// groups the docs do not list (resnest) gets a note; unknown and Hugging Face models nothing,
/// since sweepedit cannot know their layers.
enum FreezeRules {
    /// A model a trial can train, with where its name is written (the index in a choice).
    private struct Trained {
        var info: ModelInfo
        var index: Int?
    }

    private static let name = ParameterID.layersToFreeze.name

    static func check(_ space: SearchSpace, into found: inout [Diagnostic]) {
        var checkedBase = false
        for (i, sub) in space.subspaces.enumerated() {
            if sub[.layersToFreeze].isUnset && sub[.modelName].isUnset {
                // Both come from training_parameters (or Azure): the same finding for every such
                // subspace, reported once where it was written.
                guard !checkedBase else { continue }
                checkedBase = true
                checkTrials(scope: .trainingParameters, layers: writtenHere(space.baseEffectiveValue(.layersToFreeze)),
                            models: writtenHere(space.baseEffectiveValue(.modelName)), into: &found)
            } else {
                checkTrials(scope: .subspace(i), layers: space.effectiveValue(.layersToFreeze, in: sub),
                            models: space.effectiveValue(.modelName, in: sub), into: &found)
            }
        }
    }

    /// A value of training_parameters, as the scope's own setting when the finding is reported
    /// there (its message then says "8", not "8 (from training_parameters)").
    private static func writtenHere(_ possible: EffectiveValue?) -> EffectiveValue? {
        guard var possible, possible.source == .trainingParameters else { return possible }
        possible.source = .fixed
        return possible
    }

    /// `models` nil: model_name is unset everywhere, and Azure trains its default, which the docs
    /// name as seresnext (5 layers) or vitb16r224 (13). Both are checked: a value above 13 fails
    /// whichever it is (an error), one above 5 fails if it is seresnext (a warning).
    private static func checkTrials(scope: Scope, layers: EffectiveValue?, models: EffectiveValue?,
                                    into found: inout [Diagnostic]) {
        guard let layers, let high = largestDraw(layers.setting) else { return }
        let trained: [Trained]
        if let models {
            guard let values = models.values else { return }
            let isChoice = models.setting.distribution != nil
            trained = values.indices.compactMap { i in
                guard case .string(let name) = values[i], let info = Models.info(name) else { return nil }
                return Trained(info: info, index: isChoice ? i : nil)
            }
        } else {
            trained = Models.defaultCandidates.compactMap(Models.info).map { Trained(info: $0, index: nil) }
        }
        // Reported on layers_to_freeze where it is written here; else on the model_name this subspace sets.
        let layersHere = layers.source.isSubspaceOwn
        let documented = trained.filter { $0.info.freezableLayers != nil }
        if let finding = tooMany(layers, high, documented, models, scope: scope, layersHere: layersHere) {
            found.append(finding)
        }
        let undocumented = unique(trained.filter { $0.info.freezableLayers == nil })
        // A note, not a warning, and no fix: Azure's own v1 example sweeps choice(0, 2) with
        // resnest50, so the pairing works; only the limit is unknown.
        if let first = undocumented.first, high.value > 0 {
            let names = undocumented.map(\.info.name).joined(separator: " and ")
            found.append(Diagnostic(.note, scope, .parameter(layersHere ? .layersToFreeze : .modelName),
                field: layersHere ? .value : first.index.map(Field.choiceValue) ?? .value,
                "layers_to_freeze \(describe(layers)) with \(names): Azure's docs list no layer groups for \(names), so sweepedit cannot check the value against \(undocumented.count == 1 ? "it" : "them")"))
        }
    }

    /// The error (or, for Azure's default model or an unbounded distribution, a warning or note)
    /// when some documented model has fewer layers than layers_to_freeze can draw.
    private static func tooMany(_ layers: EffectiveValue, _ high: Draw, _ documented: [Trained],
                                _ models: EffectiveValue?, scope: Scope, layersHere: Bool) -> Diagnostic? {
        var probability: Double?
        let failing = unique(documented.filter { model in
            let count = Double(model.info.freezableLayers ?? 0)
            guard case .swept(let d) = layers.setting, high.value == .infinity else { return high.value > count }
            guard let above = Allowed(.closedRange(-.infinity, count)),
                  let p = Support.probabilityOutside(d, above), p >= RangeRules.noteProbability else { return false }
            probability = max(probability ?? 0, p)
            return true
        })
        guard !failing.isEmpty else { return nil }
        let limit = failing.compactMap(\.info.freezableLayers).min() ?? 0
        var severity = Severity.error
        if let p = probability { severity = p >= RangeRules.warningProbability ? .warning : .note }
        if models == nil, failing.count < documented.count { severity = max(severity, .warning) }

        var counts = failing.map { "\($0.info.name): \($0.info.freezableLayers ?? 0)" }.joined(separator: ", ")
        switch models?.source {
        case nil: counts += "; model_name is unset and Azure's default is \(Models.defaultCandidates.joined(separator: " or "))"
        case .trainingParameters?: counts += "; model_name from training_parameters"
        case .swept?, .fixed?, .azureDefault?, ValueSource.none?: break
        }
        let message = "layers_to_freeze must be at most the model's layer groups (\(counts))"
            + drawing(layers, high, limit: limit, probability: probability)
        let layersScope: Scope = layersHere ? scope : .trainingParameters
        let field: Field = layersHere ? high.field(limit) : failing[0].index.map(Field.choiceValue) ?? .value
        return Diagnostic(severity, scope, .parameter(layersHere ? .layersToFreeze : .modelName), field: field, message,
                          fix: probability == nil ? fix(layers.setting, limit: limit, scope: layersScope, elsewhere: layersScope != scope) : nil)
    }

    /// The largest value a setting draws, and where it comes from in the setting.
    private struct Draw {
        /// `.infinity` for the unbounded distributions (qnormal, qlognormal).
        var value: Double
        var setting: Setting

        /// The part of the setting to point at: the first choice value above `limit`, randint's
        /// upper, the bound that reaches `value`.
        func field(_ limit: Int) -> Field {
            switch setting {
            case .swept(.choice(let values)):
                return values.firstIndex { ($0.number ?? 0) > Double(limit) }.map(Field.choiceValue) ?? .value
            case .swept(let d):
                return Support.edges(d).map { .parameter($0.hiField) } ?? .value
            case .fixed, .unset:
                return .value
            }
        }
    }

    /// nil for what an int field does not take (its kind rule reports it) or holds no number.
    private static func largestDraw(_ setting: Setting) -> Draw? {
        let possible = ValueSource(of: setting).flatMap { EffectiveValue(setting, source: $0) }
        switch setting {
        case .swept(.qnormal), .swept(.qlognormal):
            return Draw(value: .infinity, setting: setting)
        case .swept(.uniform), .swept(.loguniform), .swept(.normal), .swept(.lognormal), .unset:
            return nil
        case .fixed, .swept:
            return possible?.high.map { Draw(value: $0, setting: setting) }
        }
    }

    /// ", and 6 is not", ", but randint(20) draws 0 to 19", ", but the choice includes 8".
    private static func drawing(_ layers: EffectiveValue, _ high: Draw, limit: Int, probability: Double?) -> String {
        switch layers.setting {
        case .fixed(let v):
            return ", and \(ValueFormat.plain(v))\(Wording.origin(layers.source)) is not"
        case .swept(.choice(let values)):
            let above = values.compactMap(\.number).filter { $0 > Double(limit) }.sorted().map(Wording.number)
            return ", but the choice includes " + Wording.list(above)
        case .swept(.randint(let upper)):
            return ", but randint(\(Wording.number(upper.double))) draws 0 to \(Wording.number(high.value))"
        case .swept(let d):
            guard let p = probability else { return ", but \(Wording.distribution(d)) can draw \(Wording.number(high.value))" }
            let how = p >= RangeRules.warningProbability ? "\(Wording.percent(p)) of the time" : "in about 1 trial in \(Wording.approx(1 / p))"
            return ", but \(Wording.distribution(d)) draws above \(limit) \(how)"
        case .unset:
            return ""
        }
    }

    /// Brings the largest draw down to `limit`: the value itself, the choice without the values
    /// above it, randint(limit + 1), quniform's top bound at the last multiple of q within it.
    /// `elsewhere`: the value is in training_parameters and the finding on a subspace's model, so
    /// the fix says where it edits.
    private static func fix(_ setting: Setting, limit: Int, scope: Scope, elsewhere: Bool) -> Fix? {
        let id = ParameterID.layersToFreeze
        let setToLimit = Fix("set layers_to_freeze\(elsewhere ? " in training_parameters" : "") to \(limit)",
                             .set(scope, id, .fixed(.int(limit))))
        switch setting {
        case .fixed:
            return setToLimit
        case .swept(.choice(let values)):
            let kept = values.filter { ($0.number ?? 0) <= Double(limit) }
            guard !kept.isEmpty else { return setToLimit }
            let dropped = values.filter { ($0.number ?? 0) > Double(limit) }.map(ValueFormat.plain)
            return Fix("remove \(dropped.joined(separator: ", ")) from the choice", .set(scope, id, .swept(.choice(kept))))
        case .swept(.randint):
            return Fix("use randint(\(limit + 1))", .set(scope, id, .swept(.randint(upper: .int(limit + 1)))))
        case .swept(let d):
            guard case .quniform(_, _, let q) = d, case .int(let step) = q, step > 0,
                  let edges = Support.edges(d) else { return nil }
            let top = limit / step * step
            guard Double(top) >= edges.lo else { return nil }
            return KindRules.replacing(edges.hiField, with: .int(top), in: d, Catalogue.spec(id), scope)
        case .unset:
            return nil
        }
    }

    /// "layers_to_freeze 2 (from training_parameters)", "choice(0, 2)".
    private static func describe(_ layers: EffectiveValue) -> String {
        switch layers.setting {
        case .fixed(let v): return ValueFormat.plain(v) + Wording.origin(layers.source)
        case .swept(let d): return Wording.distribution(d)
        case .unset: return "unset"
        }
    }

    /// Each model once, in written order (a choice may repeat a name).
    private static func unique(_ models: [Trained]) -> [Trained] {
        var seen: Set<String> = []
        return models.filter { seen.insert($0.info.name).inserted }
    }
}
