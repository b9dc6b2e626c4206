import Yams

extension DocumentReader {
    /// Reads the job facts around the space: task, sweep, limits, training_parameters.
    mutating func readJob(_ root: Node, into space: inout SearchSpace) throws(LoadError) {
        if let taskNode = root.value(forKey: "task") {
            let text = taskNode.string ?? ""
            guard let task = Task(rawValue: text.lowercased()) else {
                throw fail(taskNode.location, "task '\(text)' is not an image classification task; sweepedit edits "
                    + Task.allCases.map(\.rawValue).joined(separator: " and "))
            }
            space.job.task = task
        }
        let sweep = root.value(forKey: "sweep")
        if let sweep, !sweep.isNull, sweep.pairs == nil {
            throw fail(sweep.location, "sweep must be a mapping (sampling_algorithm: ...), found \(sweep.shapeDescription)")
        }
        if let algorithmNode = sweep?.value(forKey: "sampling_algorithm") {
            let text = (algorithmNode.string ?? "").lowercased()
            guard let algorithm = SamplingAlgorithm(rawValue: text) else {
                throw fail(algorithmNode.location, "sampling_algorithm '\(algorithmNode.string ?? "")' is not one of random, grid, bayesian")
            }
            space.job.samplingAlgorithm = algorithm
            locations.record(.job, "sampling_algorithm", .value, algorithmNode.location)
        }
        space.job.earlyTermination = try readEarlyTermination(sweep)
        try readLimits(root.value(forKey: "limits"), into: &space.job)
        if let oldLimits = sweep?.value(forKey: "limits") {
            legacy.append(LegacyConstruct(
                scope: .job, subject: .jobKey("limits"),
                message: "limits under sweep: is an old placement the current SDK rejects; it is saved as top-level limits:",
                location: sweep?.keyNode("limits")?.location))
            // The current SDK reads top-level limits: only; where both give a limit, that one is
            // kept and a different old value is a conflict validation reports.
            var old = JobSettings()
            try readLimits(oldLimits, into: &old)
            for (name, top, previous) in [("max_trials", space.job.maxTrials, old.maxTrials),
                                          ("max_concurrent_trials", space.job.maxConcurrentTrials, old.maxConcurrentTrials)] {
                guard let previous else { continue }
                if let top, top != previous {
                    limitConflicts.append(LimitConflict(name: name, limitsValue: top, sweepLimitsValue: previous,
                                                        location: oldLimits.value(forKey: name)?.location))
                } else if top == nil {
                    if name == "max_trials" { space.job.maxTrials = previous } else { space.job.maxConcurrentTrials = previous }
                }
            }
            // the old block's timeout counts where the top-level limits give none (a save moves it)
            if space.job.timeoutMinutes == nil { space.job.timeoutMinutes = old.timeoutMinutes }
        }
        var fixedLayer: [(key: String, keyNode: Node, value: Node)] = []
        if let params = root.value(forKey: "training_parameters") {
            guard let pairs = params.pairs ?? (params.isNull ? [] : nil) else {
                throw fail(params.location, "training_parameters must be a mapping of hyperparameters")
            }
            fixedLayer += pairs
            locations.record(.trainingParameters, nil, nil, root.keyNode("training_parameters")?.location)
        }
        if let old = root.value(forKey: "image_model") {
            legacy.append(LegacyConstruct(
                scope: .trainingParameters, subject: nil,
                message: "image_model: is the old name of training_parameters:; it is saved as training_parameters:",
                location: root.keyNode("image_model")?.location))
            guard let pairs = old.pairs ?? (old.isNull ? [] : nil) else {
                throw fail(old.location, "image_model must be a mapping of hyperparameters")
            }
            fixedLayer += pairs
        }
        space.trainingParameters = try readSettings(fixedLayer, scope: .trainingParameters, allowDistributions: false)
    }

    mutating func readLimits(_ limits: Node?, into job: inout JobSettings) throws(LoadError) {
        guard let limits, !limits.isNull else { return }
        guard case .mapping = limits else {
            throw fail(limits.location, "limits must be a mapping (max_trials: ..., max_concurrent_trials: ...), "
                + "found \(limits.shapeDescription)")
        }
        for setting in [SweepSetting.maxTrials, .maxConcurrentTrials, .timeoutMinutes] {
            guard let n = limits.value(forKey: setting.rawValue) else { continue }
            // null is refused by the SDK ("Field may not be null"), as a list or a word is
            if n.isNull { throw fail(n.location, "\(setting.rawValue) is empty; give a whole number or remove the line") }
            let v = try sdkInteger(n, name: setting.rawValue)
            switch setting {
            case .maxTrials: job.maxTrials = v
            case .maxConcurrentTrials: job.maxConcurrentTrials = v
            default: job.timeoutMinutes = v
            }
            locations.record(.job, setting.rawValue, .value, n.location)
        }
    }
}

/// Turns libyaml's errors into one line with the place.
enum YAMLErrorText {
    /// The 1-based line and column (in characters) of a byte offset of the text.
    static func place(ofByte offset: Int, in text: String) -> SourceLocation {
        let bytes = Array(text.utf8.prefix(max(0, offset)))
        let lineStart = (bytes.lastIndex(of: 10) ?? -1) + 1
        let line = bytes.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        // characters of the line so far: every byte that does not continue a UTF-8 sequence
        let column = bytes[lineStart...].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(line: line, column: column)
    }

    static func loadError(_ error: YamlError, file: String?) -> LoadError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            let at = SourceLocation(line: mark.line, column: mark.column)
            if problem.hasPrefix("Maximum nesting level reached") {
                return LoadError(file: file, at, "nested too deeply (more than 1000 levels); a search space is never this deep")
            }
            return LoadError(file: file, at, "not valid YAML or JSON: \(problem)\(detail)")
        case .reader(let problem, let offset, _, let yaml):
            return LoadError(file: file, offset.map { place(ofByte: $0, in: yaml) },
                             "cannot read the file's characters: \(problem) (is it a text file?)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return LoadError(file: file, SourceLocation(line: context.mark.line, column: context.mark.column),
                             "\(names) appears more than once in the same mapping; keep one")
        default:
            return LoadError(file: file, nil, "not valid YAML or JSON: \(error)")
        }
    }
}

/// The nearest spelling among known names (for "did you mean").
public enum Spelling {
    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        var best: (String, Int)?
        for c in candidates {
            let d = distance(lower, c.lowercased())
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (name, d) = best else { return nil }
        let limit = max(2, min(word.count, name.count) / 3)
        if d <= limit { return name }
        // A word that is a prefix/suffix/part of a name ("lr_gamma") still points at it.
        if let part = candidates.first(where: { $0.contains(lower) && lower.count >= 4 }) { return part }
        return nil
    }

    /// Levenshtein distance.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
