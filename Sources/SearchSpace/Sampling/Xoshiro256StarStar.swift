import Foundation

/// The random source of every sample sweepedit draws: xoshiro256** 1.0 (Blackman and Vigna,
/// 2018), its 256-bit state filled by four successive outputs of `SplitMix64(seed:)`.
///
/// Never the system RNG: the same seed gives the same stream on every machine and in every
/// release, so a preview, a `sweepedit sample` run and a test see the same trials.
/// - Uniform doubles take the top 53 bits of one output: `Double(x >> 11) * 2^-53`, in [0, 1).
/// - Bounded integers use Lemire's multiply-shift with rejection ("Fast random integer
///   generation in an interval", 2019): exactly uniform, usually one output per draw.
/// - Normals use the ziggurat method in Doornik's ZIGNOR form (`Ziggurat`, `nextNormal()`):
///   one output per normal almost always. The arithmetic is IEEE-exact except `exp`, `log` and
///   `sqrt` in the tables and the rare wedge/tail cases, so results agree bit for bit wherever
///   those are correctly rounded (glibc, Apple's libm) and to the last digit elsewhere.
public struct Xoshiro256StarStar: Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// A generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        var mix = SplitMix64(seed: seed)
        s0 = mix.next()
        s1 = mix.next()
        s2 = mix.next()
        s3 = mix.next()
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform integer in [0, bound); `bound` must be at least 1.
    @inlinable
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "next(below:) needs a positive bound")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }
}
