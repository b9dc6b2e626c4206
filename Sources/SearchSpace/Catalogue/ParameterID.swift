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
    /// A switch, not a dictionary: hashing a String-backed enum costs more than validating a
    /// setting, and every subspace access goes through here.
    public var index: Int {
        switch self {
        case .modelName: return 0
        case .learningRate: return 1
        case .numberOfEpochs: return 2
        case .optimizer: return 3
        case .momentum: return 4
        case .nesterov: return 5
        case .weightDecay: return 6
        case .amsGradient: return 7
        case .beta1: return 8
        case .beta2: return 9
        case .learningRateScheduler: return 10
        case .stepLRGamma: return 11
        case .stepLRStepSize: return 12
        case .warmupCosineLRCycles: return 13
        case .warmupCosineLRWarmupEpochs: return 14
        case .trainingBatchSize: return 15
        case .validationBatchSize: return 16
        case .gradientAccumulationStep: return 17
        case .layersToFreeze: return 18
        case .trainingCropSize: return 19
        case .validationCropSize: return 20
        case .validationResizeSize: return 21
        case .weightedLoss: return 22
        case .earlyStopping: return 23
        case .earlyStoppingDelay: return 24
        case .earlyStoppingPatience: return 25
        case .evaluationFrequency: return 26
        case .numberOfWorkers: return 27
        case .randomSeed: return 28
        case .distributed: return 29
        case .enableOnnxNormalization: return 30
        }
    }

    /// The snake_case name used in files.
    public var name: String { rawValue }

    public static func < (a: ParameterID, b: ParameterID) -> Bool { a.index < b.index }
}
