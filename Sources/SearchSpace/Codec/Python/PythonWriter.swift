/// `export --to python`: code that builds the job with azure-ai-ml 1.35.2, as Azure's notebooks
/// write it (automl-image-classification-multiclass-task-fridge-items): the space through
/// `extend_search_space`, the sweep through `set_sweep`, the limits through `set_limits`, the
/// fixed layer through `set_training_parameters`.
public enum PythonWriter {
    /// The job variable Azure's notebooks use.
    public static let defaultJobVariable = "image_classification_job"

    /// `autoMode`: an AutoMode job (no search space, no sweep): Azure chooses the trials, and the
    /// code leaves the space and the sweep out as the job does.
    public static func export(_ space: SearchSpace, jobVariable: String = defaultJobVariable, autoMode: Bool = false) -> String {
        let job = space.job
        let v = jobVariable
        let factory = job.task == .imageClassification ? "image_classification" : "image_classification_multilabel"
        var lines = [
            "# An AutoML \(job.task.rawValue) job for azure-ai-ml 1.35.2, written by sweepedit.",
            "# The compute and the data paths are placeholders: put your own before submitting.",
            "from azure.ai.ml import Input, automl",
            "from azure.ai.ml.automl import SearchSpace",
        ]
        if !imports(space).isEmpty { lines.append("from azure.ai.ml.sweep import " + imports(space).joined(separator: ", ")) }
        lines += [
            "",
            "\(v) = automl.\(factory)(",
            "    compute=\"gpu-cluster\",",
            "    experiment_name=\"sweepedit-image-classification\",",
            "    training_data=Input(type=\"mltable\", path=\"data/training-mltable-folder\"),",
            "    validation_data=Input(type=\"mltable\", path=\"data/validation-mltable-folder\"),",
            "    target_column_name=\"label\",",
            "    primary_metric=\(PythonLiteral.string(Catalogue.primaryMetric(job.task))),",
            ")",
            "",
            "\(v).set_limits(" + limitsArguments(job) + ")",
            "",
        ]
        let (fixed, left) = trainingParameterArguments(space.trainingParameters)
        if !fixed.isEmpty {
            lines.append("\(v).set_training_parameters(")
            lines += fixed.map { "    " + $0 + "," }
            lines.append(")")
            lines += left.map { "# not a training parameter of the SDK, left out: " + $0 }
            lines.append("")
        }
        let unnamed = space.subspaces.flatMap { $0.unknownKeys.map(\.name).filter { !isIdentifier($0) } }
        lines += unnamed.map { "# not a Python name, left out: " + PythonLiteral.string($0) }
        if autoMode {
            lines.append("# AutoMode: no search space and no sweep; Azure chooses the models and their hyperparameters")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("\(v).extend_search_space(" + searchSpaceArgument(space.subspaces, indent: "") + ")")
        lines.append("")
        lines.append("\(v).set_sweep(" + sweepArguments(job) + ")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sweep classes the code uses, sorted (the import line names no class it does not use).
    static func imports(_ space: SearchSpace) -> [String] {
        var names: Set<String> = []
        for sub in space.subspaces {
            for (_, setting) in sub.entries { if let d = setting.distribution { names.insert(d.kind.pythonClassName) } }
            for unknown in sub.unknownKeys { if let d = unknown.setting.distribution { names.insert(d.kind.pythonClassName) } }
        }
        if let policy = space.job.earlyTermination, space.job.samplingAlgorithm != .bayesian {
            names.insert(policy.policy.pythonClassName)
        }
        return names.sorted()
    }

    /// The job's limits; the skeleton's where the job has none (the job YAML export writes the same).
    static func limitsArguments(_ job: JobSettings) -> String {
        "timeout_minutes=\(job.timeoutMinutes ?? 60), max_trials=\(job.maxTrials ?? 10), "
            + "max_concurrent_trials=\(job.maxConcurrentTrials ?? 2)"
    }

    /// `sampling_algorithm="Random"` and, where the job has one, its early termination policy
    /// (bayesian sampling takes no early termination).
    static func sweepArguments(_ job: JobSettings) -> String {
        var text = "sampling_algorithm=" + PythonLiteral.string(job.samplingAlgorithm.pythonName)
        if let policy = job.earlyTermination, job.samplingAlgorithm != .bayesian {
            text += ", early_termination=" + policyExpression(policy)
        }
        return text
    }

    /// `BanditPolicy(evaluation_interval=2, delay_evaluation=6, slack_factor=0.2)`: the fields the
    /// policy has, by keyword (the classes take no positional arguments); a field not set is left
    /// to the class's default, as a YAML file without it is.
    static func policyExpression(_ policy: EarlyTermination) -> String {
        let arguments = policy.policy.fields.compactMap { field in policyValue(policy, field).map { field.rawValue + "=" + $0 } }
        return policy.policy.pythonClassName + "(" + arguments.joined(separator: ", ") + ")"
    }

    /// A policy field's literal; nil when it is not set.
    static func policyValue(_ policy: EarlyTermination, _ field: EarlyTermination.Field) -> String? {
        switch field {
        case .evaluationInterval: return policy.evaluationInterval.map(String.init)
        case .delayEvaluation: return policy.delayEvaluation.map(String.init)
        case .truncationPercentage: return policy.truncationPercentage.map(String.init)
        case .slackFactor: return policy.slackFactor.map(PythonLiteral.float)
        case .slackAmount: return policy.slackAmount.map(PythonLiteral.float)
        }
    }

    /// `name=value` of every fixed training parameter, and the keys set_training_parameters
    /// would refuse (keys that are not parameters), written as comments instead.
    static func trainingParameterArguments(_ fixed: Subspace) -> (arguments: [String], leftOut: [String]) {
        var arguments: [String] = []
        for (id, setting) in fixed.entries {
            if let v = setting.fixedValue {
                arguments.append(id.name + "=" + PythonLiteral.value(RestFormat.schemaValue(v, for: Catalogue.spec(id).kind)))
            }
        }
        // the training settings Azure cannot sweep (checkpoint_frequency, ...) are the SDK's too
        var leftOut: [String] = []
        for key in fixed.unknownKeys {
            if Catalogue.trainingOnly(named: key.name) != nil, let v = key.setting.fixedValue {
                arguments.append(key.name + "=" + PythonLiteral.value(v))
            } else {
                leftOut.append(key.name)
            }
        }
        return (arguments, leftOut)
    }

    /// `[SearchSpace(...), ...]`, one keyword argument a line, indented from `indent` (the
    /// indentation of the line the call starts on).
    public static func searchSpaceArgument(_ subspaces: [Subspace], indent: String) -> String {
        if subspaces.isEmpty { return "[]" }
        var lines = ["["]
        for sub in subspaces {
            let arguments = subspaceArguments(sub)
            if arguments.isEmpty {
                lines.append(indent + "    SearchSpace(),")
                continue
            }
            lines.append(indent + "    SearchSpace(")
            lines += arguments.map { indent + "        " + $0 + "," }
            lines.append(indent + "    ),")
        }
        lines.append(indent + "]")
        return lines.joined(separator: "\n")
    }

    static func subspaceArguments(_ sub: Subspace) -> [String] {
        var result: [String] = []
        for (id, setting) in sub.entries {
            if let text = expression(setting, for: Catalogue.spec(id).kind) { result.append(id.name + "=" + text) }
        }
        for unknown in sub.unknownKeys where isIdentifier(unknown.name) {
            if let text = expression(unknown.setting, for: .string) { result.append(unknown.name + "=" + text) }
        }
        return result
    }

    /// A setting of a field of `kind`, its literals as the SDK's YAML schema would hold them (a
    /// bool field's 1 is True, an enum's "SGD" is "sgd"), so the SDK sends what it sends for the
    /// YAML.
    static func expression(_ setting: Setting, for kind: ParameterKind) -> String? {
        switch setting {
        case .unset: return nil
        case .fixed(let v): return PythonLiteral.value(RestFormat.schemaValue(v, for: kind))
        case .swept(let d): return expression(d, for: kind)
        }
    }

    /// `Choice(["a", "b"])`, `Uniform(0.005, 0.05)`: positional as the notebooks write them;
    /// the log-scale and quantized kinds by keyword, so the reader sees which number is which.
    public static func expression(_ d: Distribution, for kind: ParameterKind) -> String {
        let name = d.kind.pythonClassName
        switch d {
        case .choice(let values):
            let held = RestFormat.choiceSchemaValue(among: values, for: kind)
            return name + "([" + values.map { PythonLiteral.value(held($0)) }.joined(separator: ", ") + "])"
        case .randint(.float(let upper)):
            // the YAML schema truncates a float upper (randint(5.5) is sent as randint(5)); the
            // Python class would send 5.5
            let whole = upper.rounded(.towardZero)
            return name + "(upper=" + (Int(exactly: whole).map(String.init) ?? PythonLiteral.float(whole)) + ")"
        case .uniform, .normal:
            return name + "(" + d.parameters.map(PythonLiteral.number).joined(separator: ", ") + ")"
        default:
            let pairs = zip(d.kind.pythonParameterNames, d.parameters).map { $0.0 + "=" + PythonLiteral.number($0.1) }
            return name + "(" + pairs.joined(separator: ", ") + ")"
        }
    }

    /// A name Python takes as a keyword argument.
    public static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue } && !PythonLexer.keywords.contains(name)
    }
}
