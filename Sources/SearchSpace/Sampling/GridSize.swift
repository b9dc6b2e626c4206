/// The exact number of points of a grid sweep, or the statement that it exceeds 2^63.
///
/// Counted in 64-bit integers with overflow checks (never wrapping): a grid of thirty
/// 1000-value choices is "more than 2^63", not a negative or truncated number.
public enum GridSize: Hashable, Sendable, CustomStringConvertible {
    case exact(UInt64)
    case moreThan2To63

    /// 2^63, the largest count reported exactly.
    public static let limit: UInt64 = 1 << 63

    /// The count, when it is known exactly.
    public var exactCount: UInt64? {
        if case .exact(let n) = self { return n }
        return nil
    }

    /// "12" or "more than 2^63".
    public var description: String {
        switch self {
        case .exact(let n): return String(n)
        case .moreThan2To63: return "more than 2^63"
        }
    }

    /// The product of axis sizes, saturating above 2^63.
    static func product(_ factors: [Int]) -> GridSize {
        var total: UInt64 = 1
        for f in factors {
            if f == 0 { return .exact(0) }
        }
        for f in factors {
            let (p, overflow) = total.multipliedReportingOverflow(by: UInt64(f))
            if overflow || p > limit { return .moreThan2To63 }
            total = p
        }
        return .exact(total)
    }

    /// The sum of two sizes, saturating above 2^63.
    static func + (a: GridSize, b: GridSize) -> GridSize {
        guard case .exact(let x) = a, case .exact(let y) = b else { return .moreThan2To63 }
        let (s, overflow) = x.addingReportingOverflow(y)
        return overflow || s > limit ? .moreThan2To63 : .exact(s)
    }
}

/// Why a space is not a grid: the distributions grid sampling cannot enumerate.
public struct GridError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Offender: Hashable, Sendable {
        public var subspace: Int
        public var parameter: ParameterID
        public var kind: DistributionKind
    }

    /// Every non-choice distribution, in subspace then catalogue order.
    public var offenders: [Offender]

    init(offenders: [Offender]) {
        self.offenders = offenders.sorted { ($0.subspace, $0.parameter.index) < ($1.subspace, $1.parameter.index) }
    }

    /// "not a grid: learning_rate (uniform in subspace 1, loguniform in subspace 2) and momentum
    /// (uniform in subspace 1) are not choices; grid sampling takes choices only": one line,
    /// each parameter named once.
    public var description: String {
        "not a grid: " + notChoices + "; grid sampling takes choices only"
    }

    /// The parameters swept with anything but choice, each once with its kinds and subspaces:
    /// "momentum (uniform in subspace 1) is not a choice".
    public var notChoices: String {
        var order: [ParameterID] = []
        var places: [ParameterID: [String]] = [:]
        for offender in offenders {
            if places[offender.parameter] == nil { order.append(offender.parameter) }
            places[offender.parameter, default: []].append("\(offender.kind.rawValue) in subspace \(offender.subspace + 1)")
        }
        let named = order.map { "\($0.name) (" + (places[$0] ?? []).joined(separator: ", ") + ")" }
        let list = named.count > 1 ? named.dropLast().joined(separator: ", ") + " and " + (named.last ?? "") : named.joined()
        return list + (named.count == 1 ? " is not a choice" : " are not choices")
    }
}
