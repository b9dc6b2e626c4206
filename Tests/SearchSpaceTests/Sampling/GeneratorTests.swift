import Testing
@testable import SearchSpace

/// The generator is the contract behind "same seed, same trials on every machine": its first
/// outputs are pinned against an independent (Python) implementation of the published algorithms.
struct GeneratorTests {
    @Test func splitMix64MatchesTheReferenceOutputsForSeedZero() {
        var g = SplitMix64(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(g.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func xoshiroSeededBySplitMixGivesPinnedOutputs() {
        var g = Xoshiro256StarStar(seed: 42)
        #expect(g.next() == 0x1578_0B2E_0C2E_C716)
        #expect(g.next() == 0x6104_D986_6D11_3A7E)
        #expect(g.next() == 0xAE17_5332_39E4_99A1)
        #expect(g.next() == 0xECB8_AD47_03B3_60A1)
    }

    @Test func doublesUseTheTop53Bits() {
        var g = Xoshiro256StarStar(seed: 42)
        #expect(g.nextDouble() == 0.08386297105988216)
        #expect(g.nextDouble() == 0.3789802506626686)
        #expect(g.nextDouble() == 0.6800434110281394)
    }

    @Test func doublesStayInTheHalfOpenUnitInterval() {
        var g = Xoshiro256StarStar(seed: 7)
        var lowest = 1.0, highest = 0.0
        for _ in 0..<100_000 {
            let x = g.nextDouble()
            lowest = min(lowest, x)
            highest = max(highest, x)
        }
        #expect(lowest >= 0 && lowest < 0.001)
        #expect(highest < 1 && highest > 0.999)
    }

    @Test func boundedIntegersAreEvenlySpread() {
        var g = Xoshiro256StarStar(seed: 3)
        var counts = Array(repeating: 0, count: 7)
        for _ in 0..<70_000 { counts[Int(g.next(below: 7))] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 400 }, "\(counts)")
    }

    @Test func normalsHaveMeanZeroAndUnitSpread() {
        var g = Xoshiro256StarStar(seed: 11)
        let xs = (0..<50_000).map { _ in g.nextNormal() }
        #expect(abs(Draws.mean(xs)) < 0.02)
        #expect(abs(Draws.standardDeviation(xs) - 1) < 0.02)
    }

    @Test func zigguratTablesCloseAtZeroWithEqualBlocks() {
        #expect(Ziggurat.x.count == 129)
        #expect(Ziggurat.x[1] == Ziggurat.r)
        #expect(Ziggurat.x[128] == 0)
        // The top block is the last one computed: its edge is near 0, not negative or NaN.
        #expect(Ziggurat.x[127] > 0 && Ziggurat.x[127] < 0.3)
        #expect(Ziggurat.ratio.allSatisfy { $0 >= 0 && $0 < 1 })
    }

    @Test func normalsFollowTheNormalCDFIncludingTheTails() {
        var g = Xoshiro256StarStar(seed: 12)
        let n = 400_000
        var below = [0, 0, 0, 0, 0]  // counts below -2, -1, 0, 1, 2
        var beyond3 = 0, beyondR = 0
        for _ in 0..<n {
            let z = g.nextNormal()
            for (i, t) in [-2.0, -1, 0, 1, 2].enumerated() where z < t { below[i] += 1 }
            if abs(z) > 3 { beyond3 += 1 }
            if abs(z) > Ziggurat.r { beyondR += 1 }
        }
        let cdf = [0.022750, 0.158655, 0.5, 0.841345, 0.977250]
        for (count, p) in zip(below, cdf) {
            let sd = (p * (1 - p) / Double(n)).squareRoot()
            #expect(abs(Double(count) / Double(n) - p) < 4 * sd, "P(z < t) = \(Double(count) / Double(n)), want \(p)")
        }
        // P(|z| > 3) = 0.0027; P(|z| > 3.4426) = 0.000576: the tail sampler is used and right.
        #expect(abs(Double(beyond3) / Double(n) - 0.0026998) < 0.0004)
        #expect(abs(Double(beyondR) / Double(n) - 0.000576) < 0.00016)
    }

    @Test func theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        var a = Xoshiro256StarStar(seed: 99), b = Xoshiro256StarStar(seed: 99), c = Xoshiro256StarStar(seed: 100)
        let xa = (0..<5).map { _ in a.nextNormal() }
        let xb = (0..<5).map { _ in b.nextNormal() }
        let xc = (0..<5).map { _ in c.nextNormal() }
        #expect(xa == xb)
        #expect(xa != xc)
    }
}
