/// The 31 hyperparameters of `ImageClassificationSearchSpace`, named as in files (snake_case).
///
/// Declaration order is the catalogue's display order. Everything else about a parameter
/// (kind, constraint, doc, default, condition) lives in `Catalogue`.
public enum ParameterID: String, CaseIterable, Hashable, Sendable, Comparable {
    case modelName = "model_name"
    case learningRate = "learning_rate"
    case numberOfEpochs = "number_of_epochs"
    case optimizer
    case momentum
    case nesterov
    case weightDecay = "weight_decay"
    case amsGradient = "ams_gradient"
    case beta1
    case beta2
    case learningRateScheduler = "learning_rate_scheduler"
    case stepLRGamma = "step_lr_gamma"
    case stepLRStepSize = "step_lr_step_size"
    case warmupCosineLRCycles = "warmup_cosine_lr_cycles"
    case warmupCosineLRWarmupEpochs = "warmup_cosine_lr_warmup_epochs"
    case trainingBatchSize = "training_batch_size"
    case validationBatchSize = "validation_batch_size"
    case gradientAccumulationStep = "gradient_accumulation_step"
    case layersToFreeze = "layers_to_freeze"
    case trainingCropSize = "training_crop_size"
    case validationCropSize = "validation_crop_size"
    case validationResizeSize = "validation_resize_size"
    case weightedLoss = "weighted_loss"
    case earlyStopping = "early_stopping"
    case earlyStoppingDelay = "early_stopping_delay"
    case earlyStoppingPatience = "early_stopping_patience"
    case evaluationFrequency = "evaluation_frequency"
    case numberOfWorkers = "number_of_workers"
    case randomSeed = "random_seed"
    case distributed
    case enableOnnxNormalization = "enable_onnx_normalization"

    /// Position in the catalogue, 0..<31: the index of the parameter's slot in a `Subspace`.
    public var index: Int { Self.indexByID[self]! }

    /// The snake_case name used in files.
    public var name: String { rawValue }

    public static func < (a: ParameterID, b: ParameterID) -> Bool { a.index < b.index }

    private static let indexByID: [ParameterID: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
    static let all: [ParameterID] = allCases
}
