/// The one table of the 31 hyperparameters. Validation, the editor, help text, the CLI and
/// the codecs all read it; nothing else spells out a constraint or a default (the per-model
/// facts are in `Models`, the job's limits and defaults in Catalogue+Job; OneOwnerTests checks).
///
/// Sources: azure-contract.md; Microsoft Learn "reference-automl-images-hyperparameters".
public enum Catalogue {
    private static let sgd = ActivationCondition(parameter: .optimizer, values: [.string("sgd")])
    private static let adam = ActivationCondition(parameter: .optimizer, values: [.string("adam"), .string("adamw")])
    private static let anyOptimizer = ActivationCondition(
        parameter: .optimizer, values: [.string("sgd"), .string("adam"), .string("adamw")])
    private static let stepScheduler = ActivationCondition(parameter: .learningRateScheduler, values: [.string("step")])
    private static let warmupCosine = ActivationCondition(
        parameter: .learningRateScheduler, values: [.string("warmup_cosine")])
    private static let earlyStopping = ActivationCondition(parameter: .earlyStopping, values: [.bool(true)])
    private static let unit = Constraint.closedRange(0, 1)

    public static let optimizers = ["none", "sgd", "adam", "adamw"]
    public static let schedulers = ["none", "warmup_cosine", "step"]
    /// The optimizers Azure documents (reference-automl-images-hyperparameters): the SDK also
    /// accepts 'none', so a file may say it, but a sweep sweepedit generates never offers it.
    public static let documentedOptimizers = ["sgd", "adam", "adamw"]

    /// The values a generated sweep of an enum parameter chooses among.
    public static func valuesToSweep(_ id: ParameterID) -> [String] {
        if id == .optimizer { return documentedOptimizers }
        if case .enumValues(let values) = spec(id).constraint { return values }
        return []
    }

    private static func row(
        _ id: ParameterID, _ wire: String, _ kind: ParameterKind, _ constraint: Constraint,
        _ doc: String, default value: Value? = nil, note: String? = nil, when: ActivationCondition? = nil
    ) -> ParameterSpec {
        ParameterSpec(id: id, wireName: wire, kind: kind, constraint: constraint, doc: doc,
                      defaultValue: value, defaultNote: note, activeWhen: when)
    }

    /// Every parameter, in `ParameterID` order (index i is `ParameterID.allCases[i]`).
    public static let all: [ParameterSpec] = [
        row(.modelName, "modelName", .string, .modelName,
            "Model architecture to train.", note: "chosen by Azure (\(Models.defaultCandidates.joined(separator: " or ")): the docs disagree)"),
        row(.learningRate, "learningRate", .float, unit,
            "Initial learning rate.", default: ModelDefaultsTable.multiClassGeneral(.learningRate), note: ModelDefaultsTable.note(.learningRate)),
        row(.numberOfEpochs, "numberOfEpochs", .int, .positive,
            "Number of training epochs.", default: .int(15)),
        row(.optimizer, "optimizer", .enum, .enumValues(optimizers),
            "Optimizer: none, sgd, adam or adamw.", default: .string("sgd")),
        row(.momentum, "momentum", .float, unit,
            "Momentum of the sgd optimizer.", default: .float(0.9), when: sgd),
        row(.nesterov, "nesterov", .bool, .none,
            "Use Nesterov momentum with sgd.", default: .bool(true), when: sgd),
        row(.weightDecay, "weightDecay", .float, unit,
            "Weight decay (L2 penalty) of the optimizer.", default: .float(0.0001), when: anyOptimizer),
        row(.amsGradient, "amsGradient", .bool, .none,
            "Use the AMSGrad variant of adam/adamw.", default: .bool(false), when: adam),
        row(.beta1, "beta1", .float, unit,
            "beta1 of adam/adamw.", default: .float(0.9), when: adam),
        row(.beta2, "beta2", .float, unit,
            "beta2 of adam/adamw.", default: .float(0.999), when: adam),
        row(.learningRateScheduler, "learningRateScheduler", .enum, .enumValues(schedulers),
            "Learning rate scheduler: none, warmup_cosine or step.", default: .string("warmup_cosine")),
        row(.stepLRGamma, "stepLRGamma", .float, unit,
            "Factor the step scheduler multiplies the rate by.", default: .float(0.5), when: stepScheduler),
        row(.stepLRStepSize, "stepLRStepSize", .int, .positive,
            "Epochs between the step scheduler's decays.", default: .int(5), when: stepScheduler),
        row(.warmupCosineLRCycles, "warmupCosineLRCycles", .float, unit,
            "Cosine cycles of the warmup_cosine scheduler.", default: .float(0.45), when: warmupCosine),
        row(.warmupCosineLRWarmupEpochs, "warmupCosineLRWarmupEpochs", .int, .positive,
            "Warmup epochs of the warmup_cosine scheduler.", default: .int(2), when: warmupCosine),
        row(.trainingBatchSize, "trainingBatchSize", .int, .positive,
            "Training batch size.", default: ModelDefaultsTable.multiClassGeneral(.trainingBatchSize), note: ModelDefaultsTable.note(.trainingBatchSize)),
        row(.validationBatchSize, "validationBatchSize", .int, .positive,
            "Validation batch size.", default: ModelDefaultsTable.multiClassGeneral(.validationBatchSize), note: ModelDefaultsTable.note(.validationBatchSize)),
        row(.gradientAccumulationStep, "gradientAccumulationStep", .int, .positive,
            "Batches whose gradients are accumulated before a step.", default: .int(1)),
        row(.layersToFreeze, "layersToFreeze", .int, .nonNegative,
            "Layers of the model to freeze (0: none), at most the layer groups the model has.", note: "none frozen"),
        row(.trainingCropSize, "trainingCropSize", .int, .positive,
            "Crop size of training images, in pixels.", default: .int(224)),
        row(.validationCropSize, "validationCropSize", .int, .positive,
            "Crop size of validation images; at most validation_resize_size.", default: .int(224)),
        row(.validationResizeSize, "validationResizeSize", .int, .positive,
            "Size validation images are resized to before cropping.", default: .int(256)),
        row(.weightedLoss, "weightedLoss", .int, .oneOfIntegers([0, 1, 2]),
            "Class weighting: 0 none, 1 sqrt(class_weights), 2 class_weights.", default: .int(0)),
        row(.earlyStopping, "earlyStopping", .bool, .none,
            "Stop training when the metric stops improving.", default: .bool(true)),
        row(.earlyStoppingDelay, "earlyStoppingDelay", .int, .positive,
            "Epochs to wait before early stopping may act.", default: .int(5), when: earlyStopping),
        row(.earlyStoppingPatience, "earlyStoppingPatience", .int, .positive,
            "Epochs without improvement before stopping.", default: .int(5), when: earlyStopping),
        row(.evaluationFrequency, "evaluationFrequency", .int, .positive,
            "Evaluate the validation set every N epochs.", default: .int(1)),
        row(.numberOfWorkers, "numberOfWorkers", .int, .nonNegative,
            "Data loader worker processes.", default: .int(8)),
        row(.randomSeed, "randomSeed", .int, .none,
            "Random seed for deterministic training.", default: .int(42)),
        row(.distributed, "distributed", .bool, .none,
            "Train on several GPUs in parallel.", default: .bool(true)),
        row(.enableOnnxNormalization, "enableOnnxNormalization", .bool, .none,
            "Normalize inputs when exporting the ONNX model.", default: .bool(false)),
    ]

    /// The row of a parameter.
    public static func spec(_ id: ParameterID) -> ParameterSpec { all[id.index] }

    private static let byName: [String: ParameterID] = {
        var map: [String: ParameterID] = [:]
        for spec in all {
            map[spec.name] = spec.id
            map[spec.wireName] = spec.id
        }
        return map
    }()

    /// Old names Azure's earlier examples used, mapped to today's parameter.
    public static let legacyNames: [String: ParameterID] = [
        "grad_accumulation_step": .gradientAccumulationStep,
        "gradAccumulationStep": .gradientAccumulationStep,
    ]

    /// Looks a key up by its snake_case or camelCase (wire) name; legacy names are not included.
    public static func parameter(named key: String) -> ParameterID? { byName[key] }
}
