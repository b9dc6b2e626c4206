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
    public let logScale: Bool
    public private(set) var buckets: [Int]
    public private(set) var count = 0
    /// NaN values seen (q: 0 draws NaN); they count in nothing else.
    public private(set) var nanCount = 0
    public private(set) var sum = 0.0
    public private(set) var min = Double.infinity
    public private(set) var max = -Double.infinity
    /// Start of the bucketed axis (lower, or log(lower)) and buckets per unit of it.
    let origin: Double
    let scale: Double

    /// An empty summary whose histogram spans [lower, upper] in `buckets` buckets.
    /// `logScale` is honoured only when `0 < lower < upper`.
    public init(lower: Double, upper: Double, buckets: Int = 16, logScale: Bool = false) {
        let n = Swift.max(1, buckets)
        let lo = Swift.min(lower, upper), hi = Swift.max(lower, upper)
        self.lower = lo
        self.upper = hi
        self.logScale = logScale && lo > 0 && hi > lo && hi.isFinite
        self.buckets = Array(repeating: 0, count: n)
        let a = self.logScale ? Foundation.log(lo) : lo
        let b = self.logScale ? Foundation.log(hi) : hi
        origin = a
        scale = b > a && (b - a).isFinite ? Double(n) / (b - a) : 0
    }

    /// The summary of a finished list, its histogram spanning the list's own range.
    public init(values: [Double], buckets: Int = 16, logScale: Bool = false) {
        let finite = values.filter(\.isFinite)
        self.init(lower: finite.min() ?? 0, upper: finite.max() ?? 0, buckets: buckets, logScale: logScale)
        for x in values { add(x) }
    }

    /// Adds one value.
    @inline(__always)
    public mutating func add(_ x: Double) {
        if x.isNaN {
            nanCount += 1
            return
        }
        count += 1
        sum += x
        if x < min { min = x }
        if x > max { max = x }
        let t = logScale ? Foundation.log(x) : x
        let f = (t - origin) * scale
        let last = buckets.count - 1
        let i = f >= 0 ? (f < Double(last) ? Int(f) : last) : 0
        buckets[i] += 1
    }

    /// The arithmetic mean, nil before the first value.
    public var mean: Double? { count > 0 ? sum / Double(count) : nil }

    /// The histogram as block characters, one per bucket, scaled to the fullest bucket:
    /// `▁▃▇█▅▂` (a space for an empty bucket). `ascii` uses ` .:-=+*#%@` instead.
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
        guard scale > 0 else { return lower }
        let t = origin + Double(i) / scale
        return logScale ? Foundation.exp(t) : t
    }
}
