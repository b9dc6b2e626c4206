import Foundation

/// One column operation of a compiled `SamplingPlan`: draw one distribution into one cell.
///
/// Plain numbers only (no enums with payloads, no arrays), so the sampler's inner loop is a
/// walk over a flat array. `a`, `b`, `q` are the distribution's parameters in Azure's order
/// (min/max, mu/sigma, upper in `a`); a choice reads `count` entries of the plan's choice table
/// from `start`.
struct PlanOp: Sendable {
    var kind: DistributionKind
    var column: Int
    var a: Double
    var b: Double
    var q: Double
    var start: Int
    var count: Int

    /// Draws one value with Azure's formula for the kind (azure-contract.md, "The 10
    /// distributions"). Rounding is numpy's `round` (half to even), as hyperopt's q-forms use.
    @inline(__always)
    func draw(_ rng: inout Xoshiro256StarStar, _ choices: UnsafeBufferPointer<Double>) -> Double {
        switch kind {
        case .choice:
            return choices[start + Int(rng.next(below: UInt64(count)))]
        case .randint:
            return Double(rng.next(below: UInt64(count)))
        case .uniform:
            return a + (b - a) * rng.nextDouble()
        case .loguniform:
            return exp(a + (b - a) * rng.nextDouble())
        case .quniform:
            return ((a + (b - a) * rng.nextDouble()) / q).rounded(.toNearestOrEven) * q
        case .qloguniform:
            return (exp(a + (b - a) * rng.nextDouble()) / q).rounded(.toNearestOrEven) * q
        case .normal:
            return a + b * rng.nextNormal()
        case .lognormal:
            return exp(a + b * rng.nextNormal())
        case .qnormal:
            return ((a + b * rng.nextNormal()) / q).rounded(.toNearestOrEven) * q
        case .qlognormal:
            return (exp(a + b * rng.nextNormal()) / q).rounded(.toNearestOrEven) * q
        }
    }
}
