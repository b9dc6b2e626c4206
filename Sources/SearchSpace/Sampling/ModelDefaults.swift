/// Azure's defaults that depend on the trial's model: training and validation batch sizes
/// (78 in general, 128 for vits16r224, 48 for vitb16r224, 10 for vitl16r224; `Models`).
///
/// A trial that leaves a batch size unset shows its own model's default, not the catalogue's
/// general one: the plan keeps these per model_name category code, so looking one up is an
/// array access.
struct ModelDefaults: Sendable {
    static let modelColumn = ParameterID.modelName.index
    static let trainingColumn = ParameterID.trainingBatchSize.index
    static let validationColumn = ParameterID.validationBatchSize.index

    /// Per model_name category code: the model's (training, validation) batch sizes, nil for a
    /// model Azure documents no defaults for.
    private let byModel: [(training: Int, validation: Int)?]

    init(modelNames: [Value]) {
        byModel = modelNames.map { value in
            guard case .string(let name) = value, let info = Models.info(name.lowercased()) else { return nil }
            return (info.trainingBatchSize, info.validationBatchSize)
        }
    }

    /// Whether `column` has a default that depends on the model.
    @inline(__always)
    static func dependsOnModel(_ column: Int) -> Bool { column == trainingColumn || column == validationColumn }

    /// The default of `column` for the model whose category code is `code`, nil when unknown.
    func value(column: Int, modelCode: Int) -> Int? {
        guard byModel.indices.contains(modelCode), let sizes = byModel[modelCode] else { return nil }
        switch column {
        case Self.trainingColumn: return sizes.training
        case Self.validationColumn: return sizes.validation
        default: return nil
        }
    }
}

extension SamplingPlan {
    /// Cell `column` of a row of subspace `k` as the trial uses it: the row's value, except that
    /// an Azure-default batch size follows the trial's model.
    @inline(__always)
    func effectiveCell(_ k: Int, _ column: Int, _ row: UnsafeBufferPointer<Double>) -> Double {
        guard ModelDefaults.dependsOnModel(column), source(k, column) == .azureDefault,
              kind(k, ModelDefaults.modelColumn) == .category,
              let size = modelDefaults.value(column: column, modelCode: Int(row[ModelDefaults.modelColumn]))
        else { return row[column] }
        return Double(size)
    }
}
