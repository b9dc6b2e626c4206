/// Per-parameter summaries of a stream of trials (`sweepedit sample --stats`): min, mean, max
/// and a histogram for numbers, counts per value for bools, strings and enums.
///
/// Only values the file or the job writes are counted (swept, fixed, training_parameters): a
/// parameter swept in one subspace of two is summarised over that subspace's trials, and its
/// `count` says how many. Histogram ranges come from the distributions' support before any
/// trial is drawn (normals: mu ± 4 sigma, outliers in the end buckets), so nothing is stored.
/// The tallies live in flat arrays (`Tally`, bucket and category counts) so that adding a
/// trial is a few stores with no reference counting.
public struct SampleStatistics: Sendable {
    public let plan: SamplingPlan
    /// Trials added.
    public private(set) var trials = 0
    /// Trials per subspace.
    public private(set) var perSubspace: [Int]
    let bucketCount: Int
    /// Per column: its buckets, nil for a column that never holds a number.
    let ranges: [Bucketing?]
    /// Per column (all of them, numeric or not): its tally and `bucketCount` buckets.
    var tallies: [Tally]
    var buckets: [Int]
    /// Per column, `bucketCount - 1` inner bucket edges (for log-scale columns; see `Tally`).
    let edges: [Double]
    /// Category counts of every column, one after another; column c's start at `categoryStarts[c]`.
    var categories: [Int]
    let categoryStarts: [Int]
    /// The cells to count, all subspaces one after another; subspace k's are
    /// `cells[cellStarts[k]..<cellStarts[k + 1]]`.
    let cells: [CountedCell]
    let cellStarts: [Int]
    /// Per subspace, the cells whose value never changes (fixed, training_parameters): folded
    /// in once per subspace when the summaries are read, not counted trial by trial.
    let constantCells: [[CountedCell]]

    struct CountedCell {
        var column: Int
        /// For a category cell, the start of its column's counts; -1 for a number.
        var categoryStart: Int
    }

    public init(plan: SamplingPlan, buckets: Int = Bucketing.standardCount) {
        self.plan = plan
        let width = Swift.max(1, buckets)
        bucketCount = width
        perSubspace = Array(repeating: 0, count: plan.subspaceCount)
        var starts: [Int] = []
        var total = 0
        for names in plan.categories {
            starts.append(total)
            total += names.count
        }
        categoryStarts = starts
        categories = Array(repeating: 0, count: Swift.max(1, total))
        var cells: [CountedCell] = []
        var cellStarts: [Int] = []
        var constantCells: [[CountedCell]] = []
        for k in 0..<plan.subspaceCount {
            cellStarts.append(cells.count)
            var constants: [CountedCell] = []
            for column in plan.writtenColumns where plan.source(k, column).isWritten {
                let cell: CountedCell
                switch plan.kind(k, column) {
                case .int, .float: cell = CountedCell(column: column, categoryStart: -1)
                case .category: cell = CountedCell(column: column, categoryStart: starts[column])
                case .absent: continue
                }
                if plan.source(k, column) == .swept { cells.append(cell) } else { constants.append(cell) }
            }
            constantCells.append(constants)
        }
        self.cells = cells
        self.constantCells = constantCells
        self.cellStarts = cellStarts + [cells.count]
        let ranges = (0..<SamplingPlan.width).map { Bucketing.of(column: $0, in: plan, count: width) }
        self.ranges = ranges
        tallies = ranges.map { r in
            Tally(lower: r?.lower ?? 0, upper: r?.upper ?? 0, buckets: width, logScale: r?.logScale ?? false)
        }
        self.buckets = Array(repeating: 0, count: SamplingPlan.width * width)
        edges = tallies.flatMap { tally in
            tally.logScale && tally.scale > 0 ? tally.edges() : Array(repeating: Double.infinity, count: width - 1)
        } + [Double.infinity]  // never empty
    }

    /// Per column: the numeric summary, nil for a column that never holds a number.
    public var numbers: [Statistics?] {
        var tallies = self.tallies
        var buckets = self.buckets
        let width = bucketCount
        buckets.withUnsafeMutableBufferPointer { b in
            forEachConstant { column, categoryStart, x, times in
                if categoryStart < 0 {
                    tallies[column].add(x, times: times, into: b.baseAddress.unsafelyUnwrapped + column * width)
                }
            }
        }
        return (0..<SamplingPlan.width).map { column in
            ranges[column].map { r in
                Statistics(lower: r.lower, upper: r.upper,
                           buckets: Array(buckets[(column * width)..<((column + 1) * width)]),
                           tally: tallies[column])
            }
        }
    }

    /// Per column: counts of each of `plan.categories[column]`.
    public var categoryCounts: [[Int]] {
        var counts = categories
        forEachConstant { _, categoryStart, x, times in
            if categoryStart >= 0 { counts[categoryStart + Int(x)] += times }
        }
        return plan.categories.indices.map { c in
            Array(counts[categoryStarts[c]..<(categoryStarts[c] + plan.categories[c].count)])
        }
    }

    /// Calls `body` with each constant cell, its value and the number of trials that had it.
    private func forEachConstant(_ body: (_ column: Int, _ categoryStart: Int, _ x: Double, _ times: Int) -> Void) {
        for (k, constants) in constantCells.enumerated() where perSubspace[k] > 0 {
            for cell in constants {
                body(cell.column, cell.categoryStart, plan.templates[k * SamplingPlan.width + cell.column], perSubspace[k])
            }
        }
    }

    /// Counts one trial of subspace `k` whose cells are `row`.
    public mutating func add(subspace k: Int, row: UnsafeBufferPointer<Double>) {
        let starts = cellStarts
        withTables { cells, counter in
            counter.trial(k)
            for i in starts[k]..<starts[k + 1] { counter.cell(cells[i], row[cells[i].column]) }
        }
    }

    /// The counting steps, on tables `withTables` keeps pinned.
    struct Counter {
        let perSubspace: UnsafeMutablePointer<Int>
        let tallies: UnsafeMutablePointer<Tally>
        let buckets: UnsafeMutablePointer<Int>
        let categories: UnsafeMutablePointer<Int>
        let edges: UnsafePointer<Double>
        let bucketCount: Int

        /// Starts a trial of subspace k.
        @inline(__always)
        func trial(_ k: Int) { perSubspace[k] &+= 1 }

        /// Adds a number to column `column`'s tally.
        @inline(__always)
        func tally(_ column: Int, _ x: Double) {
            tallies[column].add(x, into: buckets + column * bucketCount, edges: edges + column * (bucketCount - 1))
        }

        /// Counts one swept cell's value (a number as `tally` counts it, so rows and the
        /// streaming kernel bucket a log-scale value the same way).
        @inline(__always)
        func cell(_ cell: CountedCell, _ x: Double) {
            if cell.categoryStart >= 0 {
                categories[cell.categoryStart + Int(x)] &+= 1
            } else {
                tally(cell.column, x)
            }
        }
    }

    /// Calls `body` with the swept cells and a `Counter` whose tables stay pinned (no reference
    /// counting, no uniqueness checks) for the whole call.
    @inline(__always)
    mutating func withTables(_ body: (UnsafeBufferPointer<CountedCell>, Counter) -> Void) {
        guard !perSubspace.isEmpty else { return }
        let width = bucketCount
        cells.withUnsafeBufferPointer { cells in
            perSubspace.withUnsafeMutableBufferPointer { perSubspace in
                tallies.withUnsafeMutableBufferPointer { tallies in
                    buckets.withUnsafeMutableBufferPointer { buckets in
                        categories.withUnsafeMutableBufferPointer { categories in
                            edges.withUnsafeBufferPointer { edges in
                                // None is empty: subspaces, 31 columns, a category slot, an edge.
                                body(cells, Counter(perSubspace: perSubspace.baseAddress.unsafelyUnwrapped,
                                                    tallies: tallies.baseAddress.unsafelyUnwrapped,
                                                    buckets: buckets.baseAddress.unsafelyUnwrapped,
                                                    categories: categories.baseAddress.unsafelyUnwrapped,
                                                    edges: edges.baseAddress.unsafelyUnwrapped,
                                                    bucketCount: width))
                            }
                        }
                    }
                }
            }
        }
        trials = perSubspace.reduce(0, +)
    }

    /// Summarises the first `limit` points of a grid (all of them when nil).
    public static func grid(_ grid: Grid, limit: Int? = nil, buckets: Int = Bucketing.standardCount) -> SampleStatistics {
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
