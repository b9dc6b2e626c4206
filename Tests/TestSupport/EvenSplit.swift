/// Whether counts of a uniform pick among `counts.count` outcomes are plausible: each within
/// `sigmas` binomial standard deviations of n/k. Five sigmas: a fair pick fails about once in
/// 3.5 million checks, a pick that never lands on some outcome fails every time.
public func isEvenSplit(_ counts: [Int], sigmas: Double = 5) -> Bool {
    let n = Double(counts.reduce(0, +))
    guard n > 0, !counts.isEmpty else { return false }
    let p = 1 / Double(counts.count)
    let tolerance = sigmas * (n * p * (1 - p)).squareRoot()
    return counts.allSatisfy { abs(Double($0) - n * p) <= tolerance }
}
