/// A search space compiled for sampling: flat arrays of cells and column operations.
///
/// Compiling once turns the model's enums (settings, distributions, values) into numbers, so
/// drawing a trial is a copy-free walk over `PlanOp`s writing doubles into a row: no switch on
/// payload enums, no allocation per trial. Every subspace has one row of `width` cells, one per
/// catalogue parameter (cell `i` is `ParameterID.allCases[i]`); cells a subspace does not
/// sweep hold their fixed, training_parameters or default value from the start.
public struct SamplingPlan: Sendable {
    /// Cells per row: one per catalogue parameter.
    public static let width = ParameterID.allCases.count

    public let subspaceCount: Int
    /// Row templates, `subspaceCount * width` cells: the value of every non-swept cell.
    let templates: [Double]
    /// `subspaceCount * width`: how to read each cell of each subspace's rows.
    public let kinds: [CellKind]
    /// `subspaceCount * width`: where each cell's value comes from.
    public let sources: [ValueSource]
    /// Column operations of every subspace, one after another.
    let ops: [PlanOp]
    /// The operations of subspace k: `ops[opStarts[k]..<opStarts[k + 1]]`.
    let opStarts: [Int]
    /// The values of every choice, as numbers or category codes.
    let choiceTable: [Double]
    /// Per column, the non-numeric values (and numbers of mixed choices) its category codes name.
    public let categories: [[Value]]
    /// Per subspace and column, the number of choices of a grid axis (1 for a cell that is not swept).
    let choiceCounts: [Int]
    /// Columns whose value some subspace or `training_parameters` writes, in catalogue order:
    /// the columns of `sweepedit sample`'s output.
    public let writtenColumns: [Int]
    /// Defaults per model and task (see `effectiveCell`).
    let modelDefaults: ModelDefaults

    /// Compiles a space. Never fails: a distribution that cannot draw (an empty choice,
    /// randint with upper below 1) gives an `.absent` cell, which validation reports.
    public init(_ space: SearchSpace) {
        var builder = PlanBuilder(space: space)
        for subspace in space.subspaces { builder.add(subspace) }
        subspaceCount = space.subspaces.count
        templates = builder.templates
        kinds = builder.kinds
        sources = builder.sources
        ops = builder.ops
        opStarts = builder.opStarts + [builder.ops.count]
        choiceTable = builder.choiceTable
        categories = builder.categories
        choiceCounts = builder.choiceCounts
        modelDefaults = ModelDefaults(modelNames: builder.categories[ModelDefaults.modelColumn], task: space.job.task)
        writtenColumns = (0..<Self.width).filter { column in
            (0..<space.subspaces.count).contains { builder.sources[$0 * Self.width + column].isWritten }
        }
    }

    /// The kind of cell `column` in rows of subspace `k`.
    public func kind(_ k: Int, _ column: Int) -> CellKind { kinds[k * Self.width + column] }

    /// The source of cell `column` in rows of subspace `k`.
    public func source(_ k: Int, _ column: Int) -> ValueSource { sources[k * Self.width + column] }

    /// Reads a cell back as a model value (nil when absent).
    public func value(_ x: Double, kind: CellKind, column: Int) -> Value? {
        switch kind {
        case .int:
            guard x.isFinite, abs(x) < 9.0e18 else { return .float(x) }
            return .int(Int(x.rounded()))
        case .float: return .float(x)
        case .category:
            let names = categories[column]
            let code = Int(x)
            return names.indices.contains(code) ? names[code] : nil
        case .absent: return nil
        }
    }
}

/// Accumulates the arrays of a `SamplingPlan`, one subspace at a time.
private struct PlanBuilder {
    let space: SearchSpace
    var templates: [Double] = []
    var kinds: [CellKind] = []
    var sources: [ValueSource] = []
    var ops: [PlanOp] = []
    var opStarts: [Int] = []
    var choiceTable: [Double] = []
    var categories: [[Value]] = Array(repeating: [], count: SamplingPlan.width)
    var categoryCodes: [[Value: Int]] = Array(repeating: [:], count: SamplingPlan.width)
    var choiceCounts: [Int] = []

    init(space: SearchSpace) { self.space = space }

    mutating func add(_ subspace: Subspace) {
        opStarts.append(ops.count)
        for (column, id) in ParameterID.allCases.enumerated() {
            var cell: (x: Double, kind: CellKind, source: ValueSource)
            var axis = 1
            switch subspace[id] {
            case .swept(let distribution):
                let drawn = addOp(distribution, column: column, field: Catalogue.spec(id).kind)
                cell = (0, drawn, .swept)
                if case .choice(let values) = distribution { axis = values.count }
            case .fixed(let value):
                let stored = store(value, column: column)
                cell = (stored.x, stored.kind, .fixed)
            case .unset:
                let base = space.baseValue(id, in: subspace)
                if let value = base.value {
                    let stored = store(value, column: column)
                    cell = (stored.x, stored.kind, base.source)
                } else {
                    cell = (0, .absent, base.source)
                }
            }
            templates.append(cell.x)
            kinds.append(cell.kind)
            sources.append(cell.source)
            choiceCounts.append(axis)
        }
    }

    /// A literal as a cell: numbers as written (int or float), anything else as a category code.
    /// An integer a Double cannot hold exactly (beyond 2^53, as 9007199254740993) is a category
    /// too, so that it prints as written.
    mutating func store(_ value: Value, column: Int) -> (x: Double, kind: CellKind) {
        switch value {
        case .int(let i) where Self.fitsADouble(i): return (Double(i), .int)
        case .int: return (Double(code(value, column: column)), .category)
        case .float(let f): return (f, .float)
        case .bool, .string: return (Double(code(value, column: column)), .category)
        }
    }

    static func fitsADouble(_ i: Int) -> Bool { Int(exactly: Double(i)) == i }

    static func isIntegerBeyondADouble(_ value: Value) -> Bool {
        if case .int(let i) = value { return !fitsADouble(i) }
        return false
    }

    mutating func code(_ value: Value, column: Int) -> Int {
        if let known = categoryCodes[column][value] { return known }
        let new = categories[column].count
        categories[column].append(value)
        categoryCodes[column][value] = new
        return new
    }

    /// Appends the operation drawing `distribution`; returns the kind of the cells it writes.
    mutating func addOp(_ distribution: Distribution, column: Int, field: ParameterKind) -> CellKind {
        var op = PlanOp(kind: distribution.kind, column: column, a: 0, b: 0, q: 1, start: 0, count: 0)
        let p = distribution.parameters.map(\.double)
        let result: CellKind
        switch distribution {
        case .choice(let values):
            guard !values.isEmpty else { return .absent }
            let numbers = values.compactMap(\.number)
            op.start = choiceTable.count
            op.count = values.count
            if numbers.count == values.count, !values.contains(where: Self.isIntegerBeyondADouble) {
                choiceTable += numbers
                let literalInts = values.allSatisfy { if case .int = $0 { return true } else { return false } }
                let integral = numbers.allSatisfy { $0 == $0.rounded() && abs($0) < 9.0e18 }
                result = literalInts || (field == .int && integral) ? .int : .float
            } else {
                for v in values { choiceTable.append(Double(code(v, column: column))) }
                result = .category
            }
        case .randint:
            // The SDK truncates a fractional upper (randint(5.5) is randint(5)).
            let upper = p[0].isFinite ? min(p[0].rounded(.towardZero), 9.0e18) : 0
            guard upper >= 1 else { return .absent }
            op.count = Int(upper)
            result = .int
        case .uniform, .loguniform, .normal, .lognormal:
            op.a = p[0]
            op.b = p[1]
            result = .float
        case .quniform, .qloguniform, .qnormal, .qlognormal:
            op.a = p[0]
            op.b = p[1]
            op.q = p[2]
            // k * q is an integer when q is: an int field's q-forms yield ints.
            let integralQ = p[2] != 0 && p[2] == p[2].rounded() && abs(p[2]) < 9.0e18
            result = field == .int && integralQ ? .int : .float
        }
        ops.append(op)
        return result
    }
}
