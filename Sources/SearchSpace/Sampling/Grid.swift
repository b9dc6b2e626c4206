/// Grid sampling: the cartesian product of each subspace's choices, subspaces one after another.
///
/// Points are numbered from 0: subspace 0's points first, then subspace 1's, and so on. Inside
/// a subspace the index is a mixed-radix number whose digits are the choice indices of the swept
/// parameters in catalogue order, the last one varying fastest (as `itertools.product`).
/// Enumeration is lazy: `trial(at:)` decodes any index, and iterating steps an odometer, so a
/// grid of 2^40 points costs no memory.
public struct Grid: Sequence, Sendable {
    public let plan: SamplingPlan
    /// The exact number of points (or "more than 2^63").
    public let size: GridSize
    /// Per subspace, its number of points.
    public let subspaceSizes: [GridSize]
    /// Per subspace, its axes: the catalogue columns swept by a choice.
    let axes: [[Int]]

    /// The grid of `space`, or the list of distributions that are not choices.
    public init(space: SearchSpace) throws(GridError) {
        try Self.check(space)
        let plan = SamplingPlan(space)
        self.plan = plan
        var axes: [[Int]] = []
        var sizes: [GridSize] = []
        for (k, subspace) in space.subspaces.enumerated() {
            axes.append((0..<SamplingPlan.width).filter { plan.source(k, $0) == .swept })
            sizes.append(Self.size(of: subspace))
        }
        self.axes = axes
        subspaceSizes = sizes
        size = sizes.reduce(GridSize.exact(0), +)
    }

    /// The number of grid points of `space`, counted without building the grid (the editor's
    /// status line asks on every frame): the sum over subspaces of the product of their choice
    /// sizes, saturating at "more than 2^63", never wrapping or trapping.
    public static func size(of space: SearchSpace) throws(GridError) -> GridSize {
        try check(space)
        return space.subspaces.reduce(GridSize.exact(0)) { $0 + size(of: $1) }
    }

    /// The points of one subspace that is a grid: the product of its choices' sizes.
    public static func size(of subspace: Subspace) -> GridSize {
        GridSize.product(subspace.order.compactMap { id in
            if case .swept(.choice(let values)) = subspace[id] { return values.count }
            return nil
        })
    }

    /// Throws unless every subspace sweeps its parameters with choice only: "is this a grid".
    public static func check(_ space: SearchSpace) throws(GridError) {
        let offenders = offenders(in: space)
        if !offenders.isEmpty { throw GridError(offenders: offenders) }
    }

    /// The swept parameters that are not a choice, in subspace then written order (validation
    /// reports them in that order; GridError lists them in catalogue order).
    public static func offenders(in space: SearchSpace) -> [GridError.Offender] {
        var offenders: [GridError.Offender] = []
        for (k, subspace) in space.subspaces.enumerated() {
            for id in subspace.order {
                if let d = subspace[id].distribution, !Catalogue.acceptedKinds(.grid).contains(d.kind) {
                    offenders.append(.init(subspace: k, parameter: id, kind: d.kind))
                }
            }
        }
        return offenders
    }

    /// The point at `index` (0-based over all subspaces), nil past the end.
    public func trial(at index: UInt64) -> Trial? {
        var remaining = index
        for k in 0..<plan.subspaceCount {
            if let n = subspaceSizes[k].exactCount, remaining >= n {
                remaining -= n
                continue
            }
            var cursor = GridCursor(grid: self, subspace: k)
            var digits = cursor.digits
            for a in axes[k].indices.reversed() {
                let radix = UInt64(plan.choiceCounts[k * SamplingPlan.width + axes[k][a]])
                digits[a] = Int(remaining % radix)
                remaining /= radix
            }
            cursor.digits = digits
            cursor.fill()
            return cursor.withRow { plan.trial(index: Int(clamping: index), subspace: k, row: $0) }
        }
        return nil
    }

    public func makeIterator() -> Iterator { Iterator(cursor: GridCursor(grid: self)) }

    /// Steps through every point in order.
    public struct Iterator: IteratorProtocol, Sendable {
        var cursor: GridCursor
        var index = 0

        public mutating func next() -> Trial? {
            guard !cursor.finished else { return nil }
            let trial = cursor.withRow { cursor.grid.plan.trial(index: index, subspace: cursor.subspace, row: $0) }
            index += 1
            cursor.advance()
            return trial
        }
    }
}

/// An odometer over a grid's points that writes each point into a row of doubles.
public struct GridCursor: Sendable {
    let grid: Grid
    /// The subspace of the current point.
    public private(set) var subspace: Int
    /// The choice index of each axis of the current subspace.
    var digits: [Int]
    var row: [Double]
    /// True once every point has been visited.
    public private(set) var finished = false

    /// A cursor on the first point of `subspace` (or of the first non-empty subspace after it).
    public init(grid: Grid, subspace: Int = 0) {
        self.grid = grid
        self.subspace = subspace
        digits = []
        row = []
        enter(subspace)
    }

    private mutating func enter(_ k: Int) {
        var k = k
        while k < grid.plan.subspaceCount, grid.subspaceSizes[k] == .exact(0) { k += 1 }
        guard k < grid.plan.subspaceCount else {
            finished = true
            return
        }
        subspace = k
        digits = Array(repeating: 0, count: grid.axes[k].count)
        let base = k * SamplingPlan.width
        row = Array(grid.plan.templates[base..<(base + SamplingPlan.width)])
        fill()
    }

    /// Writes the chosen value of every axis into the row.
    mutating func fill() {
        let plan = grid.plan
        let lower = plan.opStarts[subspace]
        for (a, column) in grid.axes[subspace].enumerated() {
            let op = plan.ops[lower + a]
            row[column] = plan.choiceTable[op.start + digits[a]]
        }
    }

    /// Moves to the next point: the last axis fastest, then the next subspace.
    public mutating func advance() {
        guard !finished else { return }
        let plan = grid.plan
        let lower = plan.opStarts[subspace]
        var a = digits.count - 1
        while a >= 0 {
            let op = plan.ops[lower + a]
            digits[a] += 1
            if digits[a] < op.count {
                row[op.column] = plan.choiceTable[op.start + digits[a]]
                return
            }
            digits[a] = 0
            row[op.column] = plan.choiceTable[op.start]
            a -= 1
        }
        enter(subspace + 1)
    }

    /// Calls `body` with the current point's row (valid only during the call).
    public func withRow<R>(_ body: (UnsafeBufferPointer<Double>) -> R) -> R {
        row.withUnsafeBufferPointer(body)
    }
}
