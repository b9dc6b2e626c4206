import Foundation

/// Per-parameter summaries of a stream of trials (`sweepedit sample --stats`): min, mean, max
/// and a histogram for numbers, counts per value for bools, strings and enums.
///
/// Only values the file or the job writes are counted (swept, fixed, training_parameters): a
/// parameter swept in one subspace of two is summarised over that subspace's trials, and its
/// `count` says how many. Histogram ranges come from the distributions' support before any
/// trial is drawn (normals: mu ± 4 sigma, outliers in the end buckets), so nothing is stored.
public struct SampleStatistics: Sendable {
    public let plan: SamplingPlan
    /// Trials added.
    public private(set) var trials = 0
    /// Trials per subspace.
    public private(set) var perSubspace: [Int]
    /// Per column: the numeric summary, nil for a column that never holds a number.
    public private(set) var numbers: [Statistics?]
    /// Per column: counts of each of `plan.categories[column]`.
    public private(set) var categoryCounts: [[Int]]
    /// Per subspace: the cells to count, as (column, is a category).
    private let counted: [[(column: Int, isCategory: Bool)]]

    public init(plan: SamplingPlan, buckets: Int = 16) {
        self.plan = plan
        perSubspace = Array(repeating: 0, count: plan.subspaceCount)
        categoryCounts = plan.categories.map { Array(repeating: 0, count: $0.count) }
        var counted: [[(column: Int, isCategory: Bool)]] = []
        for k in 0..<plan.subspaceCount {
            counted.append(plan.writtenColumns.compactMap { column in
                guard plan.source(k, column).isWritten else { return nil }
                switch plan.kind(k, column) {
                case .int, .float: return (column, false)
                case .category: return (column, true)
                case .absent: return nil
                }
            })
        }
        self.counted = counted
        numbers = (0..<SamplingPlan.width).map { column in
            SupportRange.of(column: column, in: plan).map {
                Statistics(lower: $0.lower, upper: $0.upper, buckets: buckets, logScale: $0.logScale)
            }
        }
    }

    /// Counts one trial of subspace `k` whose cells are `row`.
    @inline(__always)
    public mutating func add(subspace k: Int, row: UnsafeBufferPointer<Double>) {
        trials += 1
        perSubspace[k] += 1
        for cell in counted[k] {
            let x = row[cell.column]
            if cell.isCategory {
                categoryCounts[cell.column][Int(x)] += 1
            } else {
                numbers[cell.column]?.add(x)
            }
        }
    }

    /// Samples `count` random trials of `space` with `seed` and summarises them, streaming.
    public static func random(_ space: SearchSpace, seed: UInt64, count: Int, buckets: Int = 16) -> SampleStatistics {
        let plan = SamplingPlan(space)
        var stats = SampleStatistics(plan: plan, buckets: buckets)
        guard plan.subspaceCount > 0 else { return stats }
        var sampler = RowSampler(plan: plan, seed: seed)
        for _ in 0..<Swift.max(0, count) {
            let k = sampler.draw()
            sampler.withRow(k) { stats.add(subspace: k, row: $0) }
        }
        return stats
    }

    /// Summarises the first `limit` points of a grid (all of them when nil).
    public static func grid(_ grid: Grid, limit: Int? = nil, buckets: Int = 16) -> SampleStatistics {
        var stats = SampleStatistics(plan: grid.plan, buckets: buckets)
        var cursor = GridCursor(grid: grid)
        var seen = 0
        while !cursor.finished, limit.map({ seen < $0 }) ?? true {
            cursor.withRow { stats.add(subspace: cursor.subspace, row: $0) }
            cursor.advance()
            seen += 1
        }
        return stats
    }
}

/// The interval a column's values fall in, from its distributions' support.
struct SupportRange {
    var lower: Double
    var upper: Double
    var logScale: Bool

    /// The union over subspaces of the column's written numeric cells; nil when none is numeric.
    static func of(column: Int, in plan: SamplingPlan) -> SupportRange? {
        var range: SupportRange?
        for k in 0..<plan.subspaceCount {
            guard plan.source(k, column).isWritten else { continue }
            let cell: SupportRange
            switch plan.kind(k, column) {
            case .category, .absent: continue
            case .int, .float:
                if plan.source(k, column) == .swept, let op = plan.op(k, column) {
                    cell = support(op, plan.choiceTable)
                } else {
                    let x = plan.templates[k * SamplingPlan.width + column]
                    cell = SupportRange(lower: x, upper: x, logScale: x > 0)
                }
            }
            if let r = range {
                range = SupportRange(lower: min(r.lower, cell.lower), upper: max(r.upper, cell.upper),
                                     logScale: r.logScale && cell.logScale)
            } else {
                range = cell
            }
        }
        if let r = range, !r.lower.isFinite || !r.upper.isFinite {
            return SupportRange(lower: r.lower.isFinite ? r.lower : -Double.greatestFiniteMagnitude,
                                upper: r.upper.isFinite ? r.upper : Double.greatestFiniteMagnitude, logScale: false)
        }
        return range
    }

    static func support(_ op: PlanOp, _ choices: [Double]) -> SupportRange {
        let spread = 4 * abs(op.b)
        switch op.kind {
        case .choice:
            let values = choices[op.start..<(op.start + op.count)]
            return SupportRange(lower: values.min() ?? 0, upper: values.max() ?? 0, logScale: false)
        case .randint:
            return SupportRange(lower: 0, upper: Double(op.count - 1), logScale: false)
        case .uniform, .quniform:
            return SupportRange(lower: min(op.a, op.b), upper: max(op.a, op.b), logScale: false)
        case .loguniform, .qloguniform:
            return SupportRange(lower: exp(min(op.a, op.b)), upper: exp(max(op.a, op.b)), logScale: true)
        case .normal, .qnormal:
            return SupportRange(lower: op.a - spread, upper: op.a + spread, logScale: false)
        case .lognormal, .qlognormal:
            return SupportRange(lower: exp(op.a - spread), upper: exp(op.a + spread), logScale: true)
        }
    }
}

extension SamplingPlan {
    /// The operation that draws cell `column` of subspace `k`, if it is swept.
    func op(_ k: Int, _ column: Int) -> PlanOp? {
        ops[opStarts[k]..<opStarts[k + 1]].first { $0.column == column }
    }
}
