/// A field of `training_parameters` (the SDK's ImageModelSettingsClassification) that is not a
/// hyperparameter: Azure accepts it for every trial but cannot sweep it, because
/// ImageClassificationSearchSpace has no such field. A file keeps it as written (it is held as a
/// key of the fixed layer); validation checks its kind and never offers to delete it.
public struct TrainingOnlySetting: Hashable, Sendable {
    public let name: String
    /// `.int` or `.string`: what the SDK's schema field takes.
    public let kind: ParameterKind
    public let constraint: Constraint
    public let doc: String
}

extension Catalogue {
    /// The fields of ImageModelSettingsClassificationSchema (azure-ai-ml 1.35.2) beyond the 31
    /// hyperparameters; with `all`, the 34 fields that schema has. Sources: the SDK's schema,
    /// reference-automl-images-hyperparameters.
    public static let trainingOnly: [TrainingOnlySetting] = [
        TrainingOnlySetting(name: "checkpoint_frequency", kind: .int, constraint: .positive,
                            doc: "Save a model checkpoint every N epochs."),
        TrainingOnlySetting(name: "checkpoint_run_id", kind: .string, constraint: .none,
                            doc: "The id of an earlier run whose checkpoint training starts from."),
        TrainingOnlySetting(name: "advanced_settings", kind: .string, constraint: .none,
                            doc: "Settings for advanced scenarios, as a JSON string."),
    ]

    /// The training-only setting of that name (snake_case, as files and the SDK write it).
    public static func trainingOnly(named key: String) -> TrainingOnlySetting? {
        trainingOnly.first { $0.name == key }
    }

    /// Every field `training_parameters` accepts: the hyperparameters, then the training-only ones.
    public static var trainingParameterNames: [String] { all.map(\.name) + trainingOnly.map(\.name) }
}
