/// One line per fact of a sweep, in a fixed order, for `sweepedit textconv` (what `git diff`
/// compares): job settings, training_parameters, then each subspace with its parameters in
/// catalogue order, each with what it draws. Two files that mean the same give the same
/// listing whatever their form, casing or key order, so a diff shows only what changed.
public enum CanonicalListing {
    public static func text(_ written: SearchSpace) -> String {
        let space = sortingChoices(written)
        var lines: [String] = []
        let job = space.job
        lines.append("task: \(job.task.rawValue)")
        lines.append("sweep.sampling_algorithm: \(job.samplingAlgorithm.rawValue)")
        lines.append("sweep.early_termination: \(PolicyWording.summary(job.earlyTermination))")
        lines.append("limits.max_trials: \(job.maxTrials.map(String.init) ?? "unset")")
        lines.append("limits.max_concurrent_trials: \(job.maxConcurrentTrials.map(String.init) ?? "unset")")
        lines.append("limits.timeout_minutes: \(job.timeoutMinutes.map(String.init) ?? "unset")")
        let training = ParameterID.allCases.filter { !space.trainingParameters[$0].isUnset }
        lines.append("training_parameters:" + (training.isEmpty ? " none" : ""))
        for id in training {
            lines.append("  " + parameterLine(space.trainingParameters[id], id, space))
        }
        for (i, sub) in space.subspaces.enumerated() {
            lines.append(SweepDiff.label(i, sub) + ":")
            for id in ParameterID.allCases where !sub[id].isUnset {
                lines.append("  " + parameterLine(sub[id], id, space))
            }
            for key in sub.unknownKeys {
                lines.append("  \(key.name): \(ChangeWording.spelling(key.setting, kind: .string))  (not a parameter)")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    static func parameterLine(_ setting: Setting, _ id: ParameterID, _ space: SearchSpace) -> String {
        let spelling = ChangeWording.spelling(setting, kind: Catalogue.spec(id).kind)
        guard case .swept = setting else { return "\(id.name): \(spelling)" }
        return "\(id.name): \(spelling)  # \(ChangeWording.values(setting, id, in: space))"
    }

    /// The space with every choice's values in one order (numbers by value, the rest by
    /// spelling): the order of a choice does not change what is drawn.
    static func sortingChoices(_ space: SearchSpace) -> SearchSpace {
        var space = space
        func sort(_ sub: inout Subspace) {
            for id in ParameterID.allCases {
                guard case .swept(.choice(let values)) = sub[id] else { continue }
                sub[id] = .swept(.choice(values.sorted(by: order)))
            }
        }
        for i in space.subspaces.indices { sort(&space.subspaces[i]) }
        sort(&space.trainingParameters)
        return space
    }

    static func order(_ a: Value, _ b: Value) -> Bool {
        switch (a.number, b.number) {
        case let (x?, y?): return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return ValueFormat.plain(a) < ValueFormat.plain(b)
        }
    }
}
