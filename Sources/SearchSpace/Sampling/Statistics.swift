import Foundation

/// A streaming summary of numbers: count, min, mean, max and a histogram over a fixed range.
///
/// Values are added one at a time and never stored, so a million trials cost a few hundred
/// bytes. The range is given up front (from the distributions' support, see
/// `SampleStatistics`) or taken from a finished list (`init(values:)`, for the preview's
/// sparkline). Values outside the range land in the end buckets. With `logScale` the buckets
/// are even in log(x), which is how loguniform and lognormal values are best looked at.
public struct Statistics: Hashable, Sendable {
    public let lower: Double
    public let upper: Double
    public private(set) var buckets: [Int]
    var tally: Tally

    /// An empty summary whose histogram spans [lower, upper] in `buckets` buckets.
    /// `logScale` is honoured only when `0 < lower < upper`.
    public init(lower: Double, upper: Double, buckets: Int = 16, logScale: Bool = false) {
        let n = Swift.max(1, buckets)
        let lo = Swift.min(lower, upper), hi = Swift.max(lower, upper)
        self.lower = lo
        self.upper = hi
        self.buckets = Array(repeating: 0, count: n)
        tally = Tally(lower: lo, upper: hi, buckets: n, logScale: logScale)
    }

    /// A summary assembled from a tally kept elsewhere (`SampleStatistics`).
    init(lower: Double, upper: Double, buckets: [Int], tally: Tally) {
        self.lower = lower
        self.upper = upper
        self.buckets = buckets
        self.tally = tally
    }

    /// The summary of a finished list, its histogram spanning the list's own range.
    public init(values: [Double], buckets: Int = 16, logScale: Bool = false) {
        let finite = values.filter(\.isFinite)
        self.init(lower: finite.min() ?? 0, upper: finite.max() ?? 0, buckets: buckets, logScale: logScale)
        for x in values { add(x) }
    }

    /// Adds one value.
    public mutating func add(_ x: Double) {
        let t = tally
        buckets.withUnsafeMutableBufferPointer { b in
            var updated = t
            updated.add(x, into: b.baseAddress.unsafelyUnwrapped)
            tally = updated
        }
    }

    public var count: Int { tally.count }
    /// NaN values seen (q: 0 draws NaN); they count in nothing else.
    public var nanCount: Int { tally.nanCount }
    public var sum: Double { tally.sum }
    public var min: Double { tally.min }
    public var max: Double { tally.max }
    /// Whether the buckets are even in log(x).
    public var logScale: Bool { tally.logScale }
    /// The arithmetic mean, nil before the first value.
    public var mean: Double? { count > 0 ? sum / Double(count) : nil }

    /// The histogram as block characters, one per bucket, scaled to the fullest bucket:
    /// `▁▃▇█▅▂` (a space for an empty bucket). `ascii` uses `.:-=+*#%@` instead.
    public func sparkline(ascii: Bool = false) -> String {
        let levels: [Character] = ascii ? [".", ":", "-", "=", "+", "*", "#", "%", "@"]
                                        : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let top = buckets.max() ?? 0
        guard top > 0 else { return String(repeating: " ", count: buckets.count) }
        return String(buckets.map { n -> Character in
            if n == 0 { return " " }
            let level = Int((Double(n) / Double(top) * Double(levels.count - 1)).rounded())
            return levels[Swift.min(levels.count - 1, level)]
        })
    }

    /// The lower edge of bucket `i` in the values' own units.
    public func bucketStart(_ i: Int) -> Double {
        guard tally.scale > 0 else { return lower }
        let t = tally.origin + Double(i) / tally.scale
        return logScale ? Foundation.exp(t) : t
    }
}

/// The arithmetic of `Statistics` without its bucket array: a plain value, so a table of them
/// updates in place with no reference counting in `SampleStatistics`' inner loop.
struct Tally: Hashable, Sendable {
    var count = 0
    var nanCount = 0
    var sum = 0.0
    var min = Double.infinity
    var max = -Double.infinity
    /// Start of the bucketed axis (lower, or log(lower)) and buckets per unit of it.
    let origin: Double
    let scale: Double
    let logScale: Bool
    let lastBucket: Int

    /// `logScale` is honoured only when `0 < lower < upper` and upper is finite.
    init(lower: Double, upper: Double, buckets: Int, logScale: Bool) {
        let logScale = logScale && lower > 0 && upper > lower && upper.isFinite
        self.logScale = logScale
        let a = logScale ? Foundation.log(lower) : lower
        let b = logScale ? Foundation.log(upper) : upper
        origin = a
        scale = b > a && (b - a).isFinite ? Double(buckets) / (b - a) : 0
        lastBucket = buckets - 1
    }

    @inline(__always)
    mutating func add(_ x: Double, into buckets: UnsafeMutablePointer<Int>) {
        guard record(x) else { return }
        buckets[bucket(x)] &+= 1
    }

    /// Counts `x` in count, sum, min and max (a NaN only in `nanCount`); false for a NaN, which
    /// goes in no bucket.
    @inline(__always)
    private mutating func record(_ x: Double) -> Bool {
        if x.isNaN {
            nanCount &+= 1
            return false
        }
        count &+= 1
        sum += x
        if x < min { min = x }
        if x > max { max = x }
        return true
    }

    /// `add(_:into:)` for the streaming kernel: a log-scale bucket is found among the bucket
    /// edges (`edges()`, `lastBucket` of them) by comparison instead of by taking log(x).
    @inline(__always)
    mutating func add(_ x: Double, into buckets: UnsafeMutablePointer<Int>, edges: UnsafePointer<Double>) {
        guard logScale else {
            add(x, into: buckets)
            return
        }
        guard record(x) else { return }
        var i = 0
        for j in 0..<lastBucket where x >= edges[j] { i &+= 1 }
        buckets[i] &+= 1
    }

    /// The inner bucket edges in the values' own units: bucket i holds edges[i-1] <= x < edges[i].
    func edges() -> [Double] {
        (0..<lastBucket).map { i in
            let t = origin + Double(i + 1) / scale
            return logScale ? Foundation.exp(t) : t
        }
    }

    /// Adds `times` copies of `x` at once (a fixed value, once per trial of its subspace).
    mutating func add(_ x: Double, times: Int, into buckets: UnsafeMutablePointer<Int>) {
        guard times > 0 else { return }
        if x.isNaN {
            nanCount += times
            return
        }
        count += times
        sum += x * Double(times)
        if x < min { min = x }
        if x > max { max = x }
        buckets[bucket(x)] += times
    }

    @inline(__always)
    func bucket(_ x: Double) -> Int {
        let f = ((logScale ? Foundation.log(x) : x) - origin) * scale
        return f >= 0 ? (f < Double(lastBucket) ? Int(f) : lastBucket) : 0
    }
}
