extension SampleStatistics {
    /// Samples `count` random trials of `space` with `seed` and summarises them, streaming:
    /// the same trials `RowSampler(plan:seed:)` draws (and `sweepedit sample` prints), counted
    /// as they are drawn.
    public static func random(_ space: SearchSpace, seed: UInt64, count: Int, buckets: Int = Bucketing.standardCount) -> SampleStatistics {
        let plan = SamplingPlan(space)
        var stats = SampleStatistics(plan: plan, buckets: buckets)
        guard plan.subspaceCount > 0 else { return stats }
        stats.drawAndCount(seed: seed, count: count)
        return stats
    }

    /// A randint with at most this many values is counted per value, like a choice.
    static let countedRandintLimit = 1024

    /// The `--stats` kernel: draws exactly as `RowSampler.draw` does (one bounded integer for
    /// the subspace unless there is one, then each operation in order, consuming the generator
    /// the same way), but keeps no rows. A choice or a small randint only counts the index it
    /// drew; those counts are folded into the column summaries once at the end. Continuous
    /// draws go straight into their column's tally.
    private mutating func drawAndCount(seed: UInt64, count: Int) {
        let plan = self.plan
        var slots: [Int] = []  // per operation: start of its index counts, or -1 to tally
        var total = 0
        for op in plan.ops {
            if op.kind == .choice || (op.kind == .randint && op.count <= Self.countedRandintLimit) {
                slots.append(total)
                total += op.count
            } else {
                slots.append(-1)
            }
        }
        var indexCounts = Array(repeating: 0, count: Swift.max(1, total))
        let subspaces = UInt64(plan.subspaceCount)
        withTables { _, counter in
            plan.ops.withUnsafeBufferPointer { ops in
                plan.opStarts.withUnsafeBufferPointer { starts in
                    plan.choiceTable.withUnsafeBufferPointer { choices in
                        slots.withUnsafeBufferPointer { slots in
                            indexCounts.withUnsafeMutableBufferPointer { counts in
                                // Declared here, not captured, so its state stays in registers.
                                var rng = Xoshiro256StarStar(seed: seed)
                                for _ in 0..<Swift.max(0, count) {
                                    let k = subspaces == 1 ? 0 : Int(rng.next(below: subspaces))
                                    counter.trial(k)
                                    for i in starts[k]..<starts[k + 1] {
                                        let op = ops[i]
                                        let slot = slots[i]
                                        if slot >= 0 {
                                            // PlanOp.draw's choice and randint: one bounded integer.
                                            counts[slot + Int(rng.next(below: UInt64(op.count)))] &+= 1
                                        } else {
                                            counter.tally(op.column, op.draw(&rng, choices))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        foldIndexCounts(indexCounts, slots: slots)
    }

    /// Adds each counted index's value, as many times as it was drawn, to its column.
    private mutating func foldIndexCounts(_ counts: [Int], slots: [Int]) {
        let plan = self.plan
        let width = bucketCount
        for k in 0..<plan.subspaceCount {
            for i in plan.opStarts[k]..<plan.opStarts[k + 1] where slots[i] >= 0 {
                let op = plan.ops[i]
                let isCategory = plan.kind(k, op.column) == .category
                for j in 0..<op.count {
                    let times = counts[slots[i] + j]
                    if times == 0 { continue }
                    let x = op.kind == .choice ? plan.choiceTable[op.start + j] : Double(j)
                    if isCategory {
                        categories[categoryStarts[op.column] + Int(x)] += times
                    } else {
                        buckets.withUnsafeMutableBufferPointer { b in
                            tallies[op.column].add(x, times: times, into: b.baseAddress.unsafelyUnwrapped + op.column * width)
                        }
                    }
                }
            }
        }
    }
}
