import Foundation

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

    /// What a swept cell can draw: the distribution's range (normal kinds mu ± 4 sigma),
    /// ordered; a choice its values, randint 0 to its largest integer.
    static func support(_ op: PlanOp, _ choices: [Double]) -> SupportRange {
        switch op.kind {
        case .choice:
            let values = choices[op.start..<(op.start + op.count)]
            return SupportRange(lower: values.min() ?? 0, upper: values.max() ?? 0, logScale: false)
        case .randint:
            return SupportRange(lower: 0, upper: Double(op.count - 1), logScale: false)
        case .uniform, .quniform, .loguniform, .qloguniform, .normal, .qnormal, .lognormal, .qlognormal:
            let r = DistributionRange(kind: op.kind, op.a, op.b, sigmas: 4)
            return SupportRange(lower: min(r.lower, r.upper), upper: max(r.lower, r.upper), logScale: op.kind.isLogScale)
        }
    }
}

extension SamplingPlan {
    /// The operation that draws cell `column` of subspace `k`, if it is swept.
    func op(_ k: Int, _ column: Int) -> PlanOp? {
        ops[opStarts[k]..<opStarts[k + 1]].first { $0.column == column }
    }
}
