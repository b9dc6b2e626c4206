/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014),
/// as published by Sebastiano Vigna: a 64-bit counter stepped by the golden-ratio increment and
/// scrambled by two xor-shift-multiply rounds.
///
/// sweepedit uses it only to expand a user's seed into the four state words of
/// `Xoshiro256StarStar`, the way the xoshiro authors recommend: any seed, even 0, gives a
/// well-mixed, non-zero state. Pure integer arithmetic, so the same on every machine.
public struct SplitMix64: Sendable {
    @usableFromInline var state: UInt64

    public init(seed: UInt64) { state = seed }

    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
