import Foundation
@testable import SearchSpace
import TestSupport

/// Helpers shared by the sampling tests: spaces built in code, and draws of one parameter.
enum Draws {
    /// A one-subspace space setting `id` to `setting`.
    static func space(_ settings: [ParameterID: Setting], training: [ParameterID: Value] = [:]) -> SearchSpace {
        searchSpace(settings.map { ($0.key, $0.value) }, training: training.map { ($0.key, .fixed($0.value)) })
    }

    /// `count` draws of `distribution` on `id` with a fixed seed, read straight from the rows.
    static func of(_ distribution: Distribution, on id: ParameterID = .learningRate,
                   count: Int = 20_000, seed: UInt64 = 2026) -> [Double] {
        let plan = SamplingPlan(space([id: .swept(distribution)]))
        var sampler = RowSampler(plan: plan, seed: seed)
        var out: [Double] = []
        out.reserveCapacity(count)
        sampler.draw(count) { _, row in out.append(row[id.index]) }
        return out
    }

    static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }

    static func standardDeviation(_ xs: [Double]) -> Double {
        let m = mean(xs)
        return (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)).squareRoot()
    }

    /// Whether x is an integer multiple of q (up to floating-point error of the product).
    static func isMultiple(_ x: Double, of q: Double) -> Bool {
        let k = (x / q).rounded()
        return abs(x - k * q) <= 1e-9 * max(1, abs(x))
    }
}
