/// The inner loop of random sampling: draws trials of a compiled plan into flat rows of doubles.
///
/// Each draw picks a subspace uniformly (one bounded integer), then runs that subspace's column
/// operations in catalogue order, writing into the subspace's own row; cells that are not swept
/// keep their template value. Nothing is allocated per trial. `Sampler` (trials as model
/// values) and `sweepedit sample` are built on it; `SampleStatistics.random` makes the same
/// draws in the same order without keeping rows (a test holds the two together).
public struct RowSampler: Sendable {
    public let plan: SamplingPlan
    var rng: Xoshiro256StarStar
    /// One row per subspace, `SamplingPlan.width` cells each.
    var rows: [Double]

    /// A sampler whose trials are determined by `seed`. The plan must have a subspace.
    public init(plan: SamplingPlan, seed: UInt64) {
        precondition(plan.subspaceCount > 0, "sampling needs at least one subspace")
        self.plan = plan
        rng = Xoshiro256StarStar(seed: seed)
        rows = plan.templates
    }

    /// Draws the next trial into its subspace's row and returns the subspace index.
    @inline(__always)
    public mutating func draw() -> Int {
        let k = plan.subspaceCount == 1 ? 0 : Int(rng.next(below: UInt64(plan.subspaceCount)))
        let base = k * SamplingPlan.width
        let lower = plan.opStarts[k], upper = plan.opStarts[k + 1]
        plan.ops.withUnsafeBufferPointer { ops in
            plan.choiceTable.withUnsafeBufferPointer { choices in
                rows.withUnsafeMutableBufferPointer { row in
                    for i in lower..<upper {
                        let op = ops[i]
                        row[base + op.column] = op.draw(&rng, choices)
                    }
                }
            }
        }
        return k
    }

    /// Draws `count` trials, calling `body` with each one's subspace and row (the row is valid
    /// only during the call). The fast path of `sweepedit sample`: the arrays are pinned once.
    @inline(__always)
    public mutating func draw(_ count: Int, _ body: (Int, UnsafeBufferPointer<Double>) -> Void) {
        let subspaces = UInt64(plan.subspaceCount)
        let width = SamplingPlan.width
        let plan = self.plan
        let start = self.rng
        var end = start
        plan.ops.withUnsafeBufferPointer { ops in
            plan.opStarts.withUnsafeBufferPointer { starts in
                plan.choiceTable.withUnsafeBufferPointer { choices in
                    rows.withUnsafeMutableBufferPointer { rows in
                        var rng = start  // local to the loop, so its state stays in registers
                        defer { end = rng }
                        for _ in 0..<Swift.max(0, count) {
                            let k = subspaces == 1 ? 0 : Int(rng.next(below: subspaces))
                            let row = UnsafeMutableBufferPointer(rebasing: rows[(k * width)..<((k + 1) * width)])
                            for i in starts[k]..<starts[k + 1] {
                                let op = ops[i]
                                row[op.column] = op.draw(&rng, choices)
                            }
                            body(k, UnsafeBufferPointer(row))
                        }
                    }
                }
            }
        }
        self.rng = end
    }

    /// Calls `body` with the row of subspace `k` (valid only during the call).
    @inline(__always)
    public func withRow<R>(_ k: Int, _ body: (UnsafeBufferPointer<Double>) -> R) -> R {
        rows.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[(k * SamplingPlan.width)..<((k + 1) * SamplingPlan.width)]))
        }
    }
}
