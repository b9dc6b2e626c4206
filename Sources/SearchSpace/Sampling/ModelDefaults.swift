/// Azure's defaults that depend on the trial's model and the job's task (`ModelDefaultsTable`):
/// learning rate and the batch sizes.
///
/// A trial that leaves one of them unset shows its own model's default, not the catalogue's
/// general one: the plan keeps these per model_name category code, so looking one up is an
/// array access.
struct ModelDefaults: Sendable {
    static let modelColumn = ParameterID.modelName.index
    /// The columns whose default depends on the model, and the cell of each per model.
    private static let columns: [Int] = ModelDefaultsTable.parameters.map(\.index)

    /// Per model_name category code, per column (by `columns` position): the default, nil for a
    /// model the table has no row for.
    private let byModel: [[Double?]]

    init(modelNames: [Value], task: Task) {
        byModel = modelNames.map { value in
            guard case .string(let name) = value, Models.info(name.lowercased()) != nil else {
                return Array(repeating: nil, count: Self.columns.count)
            }
            return ModelDefaultsTable.parameters.map { ModelDefaultsTable.value($0, model: name, task: task)?.number }
        }
    }

    /// Whether `column` has a default that depends on the model.
    @inline(__always)
    static func dependsOnModel(_ column: Int) -> Bool { columns.contains(column) }

    /// The default of `column` for the model whose category code is `code`, nil when unknown.
    func value(column: Int, modelCode: Int) -> Double? {
        guard byModel.indices.contains(modelCode), let position = Self.columns.firstIndex(of: column) else { return nil }
        return byModel[modelCode][position]
    }
}

extension SamplingPlan {
    /// Cell `column` of a row of subspace `k` as the trial uses it: the row's value, except that
    /// an Azure default that depends on the model follows the trial's model.
    @inline(__always)
    func effectiveCell(_ k: Int, _ column: Int, _ row: UnsafeBufferPointer<Double>) -> Double {
        guard ModelDefaults.dependsOnModel(column), source(k, column) == .azureDefault,
              kind(k, ModelDefaults.modelColumn) == .category,
              let value = modelDefaults.value(column: column, modelCode: Int(row[ModelDefaults.modelColumn]))
        else { return row[column] }
        return value
    }
}
