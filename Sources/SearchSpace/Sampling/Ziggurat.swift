import Foundation

/// The tables of the ziggurat method for normal deviates, in Doornik's ZIGNOR form ("An
/// Improved Ziggurat Method to Generate Normal Random Samples", J. A. Doornik, 2005): 128 blocks
/// of equal area under exp(-x²/2), the base block (with the tail beyond R) included.
///
/// Computed once, from R and V, with `exp`, `log` and `sqrt` only.
enum Ziggurat {
    static let blocks = 128
    /// The start of the tail: the right edge of the lowest rectangle.
    static let r = 3.442619855899
    /// The area of each block.
    static let v = 9.91256303526217e-3

    /// x[i]: the right edge of block i (x[0] = V / f(R) for the base block, x[128] = 0).
    static let x: [Double] = {
        var x = Array(repeating: 0.0, count: blocks + 1)
        var f = exp(-0.5 * r * r)
        x[0] = v / f
        x[1] = r
        for i in 2..<blocks {
            x[i] = (-2 * log(v / x[i - 1] + f)).squareRoot()
            f = exp(-0.5 * x[i] * x[i])
        }
        x[blocks] = 0
        return x
    }()

    /// ratio[i] = x[i + 1] / x[i]: below it, a point of block i lies inside the rectangle
    /// shared with the block above, and is accepted at once.
    static let ratio: [Double] = (0..<blocks).map { x[$0 + 1] / x[$0] }
}

extension Xoshiro256StarStar {
    /// A standard normal deviate by the ziggurat (ZIGNOR): one 64-bit output gives both the
    /// uniform in (-1, 1) (top 53 bits) and the block (low 7 bits); 98.8% of draws are accepted
    /// with one comparison. The wedges and the tail (Marsaglia's method beyond R) fall back to
    /// `exp`/`log` on the rare rest.
    @inline(__always)
    public mutating func nextNormal() -> Double {
        let bits = next()
        let u = 2 * (Double(bits >> 11) * 0x1p-53) - 1
        let i = Int(bits & 0x7F)
        if abs(u) < Ziggurat.ratio[i] { return u * Ziggurat.x[i] }
        return normalBeyondRectangles(u, i)
    }

    /// The rare rest of `nextNormal()`: the tail under the base block, a wedge's acceptance
    /// test, and on rejection new attempts.
    @inline(never)
    mutating func normalBeyondRectangles(_ firstU: Double, _ firstBlock: Int) -> Double {
        var u = firstU, i = firstBlock
        while true {
            if i == 0 { return tail(negative: u < 0) }
            let xi = Ziggurat.x[i], xj = Ziggurat.x[i + 1]
            let candidate = u * xi
            let f0 = exp(-0.5 * (xi * xi - candidate * candidate))
            let f1 = exp(-0.5 * (xj * xj - candidate * candidate))
            if f1 + nextOpenDouble() * (f0 - f1) < 1 { return candidate }
            let bits = next()
            u = 2 * (Double(bits >> 11) * 0x1p-53) - 1
            i = Int(bits & 0x7F)
            if abs(u) < Ziggurat.ratio[i] { return u * Ziggurat.x[i] }
        }
    }

    /// A deviate beyond ±R (Marsaglia, 1964).
    mutating func tail(negative: Bool) -> Double {
        while true {
            let a = log(nextOpenDouble()) / Ziggurat.r
            let b = log(nextOpenDouble())
            if -2 * b >= a * a { return negative ? a - Ziggurat.r : Ziggurat.r - a }
        }
    }

    /// A uniform double in (0, 1), never 0, for logarithms.
    mutating func nextOpenDouble() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }
}
