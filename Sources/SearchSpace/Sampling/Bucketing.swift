/// The histogram buckets of a parameter's numbers: over its distributions' support (normals:
/// mu ± 4 sigma), `count` buckets even in x, or in log(x) when every subspace that writes the
/// parameter draws it on a log scale. The one bucketing `sample --stats` and the editor's preview
/// both use, so that the two pictures of a parameter agree.
public struct Bucketing: Hashable, Sendable {
    public let lower: Double
    public let upper: Double
    public let count: Int
    /// Buckets even in log(x) (only when 0 < lower < upper, as `Statistics` honours it).
    public let logScale: Bool

    /// The buckets `sample --stats` counts in.
    public static let standardCount = 16

    init(lower: Double, upper: Double, count: Int, logScale: Bool) {
        self.lower = lower
        self.upper = upper
        self.count = Swift.max(1, count)
        self.logScale = logScale && lower > 0 && upper > lower && upper.isFinite
    }

    /// The buckets of a plan's column; nil when no subspace writes a number in it.
    static func of(column: Int, in plan: SamplingPlan, count: Int = standardCount) -> Bucketing? {
        SupportRange.of(column: column, in: plan).map {
            Bucketing(lower: $0.lower, upper: $0.upper, count: count, logScale: $0.logScale)
        }
    }

    /// The buckets of a parameter of a space; nil when no subspace writes a number for it.
    public static func of(_ id: ParameterID, in space: SearchSpace, count: Int = standardCount) -> Bucketing? {
        of(column: id.index, in: SamplingPlan(space), count: count)
    }

    /// Every parameter's buckets (by `ParameterID.index`), from one plan of the space.
    public static func all(in space: SearchSpace, count: Int = standardCount) -> [Bucketing?] {
        let plan = SamplingPlan(space)
        return ParameterID.allCases.map { of(column: $0.index, in: plan, count: count) }
    }

    /// An empty summary counting in these buckets.
    public func statistics() -> Statistics {
        Statistics(lower: lower, upper: upper, buckets: count, logScale: logScale)
    }
}
