/// Azure's defaults that depend on the trial's model and the job's task: the one table the
/// list, the detail pane, the preview and sampling all read (reference-automl-images-hyperparameters).
///
/// - training_batch_size and validation_batch_size: 78; vits16r224 128, vitb16r224 48, vitl16r224 10.
/// - learning_rate: multi-class 0.01 (vits16r224 and vitb16r224 0.0125, vitl16r224 0.001);
///   multi-label 0.035 (vits16r224 and vitb16r224 0.025, vitl16r224 0.002).
public enum ModelDefaultsTable {
    /// Per task: the default of most models, and the models whose default differs.
    typealias Row = [Task: (general: Value, models: [String: Value])]

    private static func sameForBothTasks(_ general: Value, _ models: [String: Value]) -> Row {
        [.imageClassification: (general, models), .imageClassificationMultilabel: (general, models)]
    }

    private static let batchSizes: [String: Value] = ["vits16r224": .int(128), "vitb16r224": .int(48), "vitl16r224": .int(10)]

    static let rows: [ParameterID: Row] = [
        .trainingBatchSize: sameForBothTasks(.int(78), batchSizes),
        .validationBatchSize: sameForBothTasks(.int(78), batchSizes),
        .learningRate: [
            .imageClassification: (.float(0.01), ["vits16r224": .float(0.0125), "vitb16r224": .float(0.0125),
                                                  "vitl16r224": .float(0.001)]),
            .imageClassificationMultilabel: (.float(0.035), ["vits16r224": .float(0.025), "vitb16r224": .float(0.025),
                                                            "vitl16r224": .float(0.002)]),
        ],
    ]

    /// The parameters whose default depends on the model or the task.
    public static let parameters: [ParameterID] = ParameterID.allCases.filter { rows[$0] != nil }

    public static func dependsOnModel(_ id: ParameterID) -> Bool { rows[id] != nil }

    /// Azure's default of `id` for a trial of `model` (nil: the model is unknown or not chosen
    /// yet) in `task`; nil when `id` has no default that depends on them.
    public static func value(_ id: ParameterID, model: String?, task: Task) -> Value? {
        guard let forTask = rows[id]?[task] else { return nil }
        return model.flatMap { forTask.models[$0.lowercased()] } ?? forTask.general
    }

    /// The default most models get in a multi-class job: the catalogue row's plain default.
    static func multiClassGeneral(_ id: ParameterID) -> Value? { rows[id]?[.imageClassification]?.general }

    /// A title's short wording, with the task's general default: "0.035; depends on task and
    /// model", "78; depends on model".
    public static func shortNote(_ id: ParameterID, task: Task) -> String? {
        guard let row = rows[id], let general = row[task]?.general else { return nil }
        let tasksDiffer = Set(row.values.map { ValueFormat.plain($0.general) }).count > 1
        return ValueFormat.plain(general) + "; depends on " + (tasksDiffer ? "task and model" : "model")
    }

    /// The catalogue's wording of the dependency: "78; 128 vits16r224, 48 vitb16r224, 10 vitl16r224".
    static func note(_ id: ParameterID) -> String? {
        guard let row = rows[id] else { return nil }
        func list(_ task: Task) -> String {
            guard let forTask = row[task] else { return "" }
            let models = Models.names.compactMap { name in forTask.models[name].map { "\(ValueFormat.plain($0)) \(name)" } }
            return ValueFormat.plain(forTask.general) + (models.isEmpty ? "" : "; " + models.joined(separator: ", "))
        }
        let multiClass = list(.imageClassification), multiLabel = list(.imageClassificationMultilabel)
        return multiClass == multiLabel ? multiClass : "multi-class \(multiClass); multi-label \(multiLabel)"
    }
}
