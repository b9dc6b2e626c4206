import Foundation
import Testing
@testable import SearchSpace

/// Each of Azure's 10 distributions, 20,000 draws with a fixed seed: the support, the mean (or
/// the mean of the log for log-scale kinds) within a few standard errors, and q multiples.
struct DistributionTests {
    @Test func choiceDrawsEachValueEvenly() {
        let xs = Draws.of(.choice([.float(0.1), .float(0.2), .float(0.4), .float(0.8)]))
        #expect(Set(xs) == [0.1, 0.2, 0.4, 0.8])
        for v in [0.1, 0.2, 0.4, 0.8] {
            let share = Double(xs.filter { $0 == v }.count) / Double(xs.count)
            #expect(abs(share - 0.25) < 0.015, "share of \(v): \(share)")
        }
    }

    @Test func randintDrawsIntegersFromZeroBelowUpper() {
        let xs = Draws.of(.randint(upper: .int(5)), on: .layersToFreeze)
        #expect(Set(xs) == [0, 1, 2, 3, 4])
        #expect(abs(Draws.mean(xs) - 2) < 0.04)
    }

    @Test func uniformStaysInsideItsBoundsWithTheMidpointAsMean() {
        let xs = Draws.of(.uniform(min: .float(2), max: .float(5)))
        #expect(xs.allSatisfy { $0 >= 2 && $0 <= 5 })
        #expect(abs(Draws.mean(xs) - 3.5) < 0.03)
    }

    @Test func loguniformBoundsAreExponents() {
        let xs = Draws.of(.loguniform(min: .float(-4), max: .float(-1)))
        #expect(xs.allSatisfy { $0 >= exp(-4) && $0 <= exp(-1) })
        #expect(abs(Draws.mean(xs.map(log)) - -2.5) < 0.03)
    }

    @Test func quniformRoundsToMultiplesOfQ() {
        let xs = Draws.of(.quniform(min: .float(0), max: .float(10), q: .float(2.5)))
        #expect(Set(xs) == [0, 2.5, 5, 7.5, 10])
        // The end points get half the weight of the inner multiples: the mean stays 5.
        #expect(abs(Draws.mean(xs) - 5) < 0.06)
        #expect(abs(Double(xs.filter { $0 == 0 }.count) / Double(xs.count) - 0.125) < 0.01)
    }

    @Test func qloguniformRoundsTheExponentialToMultiplesOfQ() {
        let xs = Draws.of(.qloguniform(min: .int(0), max: .int(3), q: .int(1)), on: .numberOfEpochs)
        #expect(xs.allSatisfy { $0 >= 1 && $0 <= 20 && Draws.isMultiple($0, of: 1) })
        // E[exp(U(0, 3))] = (e^3 - 1) / 3.
        #expect(abs(Draws.mean(xs) - (exp(3) - 1) / 3) < 0.1)
    }

    @Test func normalHasItsMuAndSigma() {
        let xs = Draws.of(.normal(mu: .float(1), sigma: .float(2)))
        #expect(abs(Draws.mean(xs) - 1) < 0.05)
        #expect(abs(Draws.standardDeviation(xs) - 2) < 0.04)
    }

    @Test func lognormalIsTheExponentialOfANormal() {
        let xs = Draws.of(.lognormal(mu: .float(0.5), sigma: .float(0.25)))
        #expect(xs.allSatisfy { $0 > 0 })
        let logs = xs.map(log)
        #expect(abs(Draws.mean(logs) - 0.5) < 0.006)
        #expect(abs(Draws.standardDeviation(logs) - 0.25) < 0.006)
    }

    @Test func qnormalRoundsToMultiplesOfQ() {
        let xs = Draws.of(.qnormal(mu: .int(10), sigma: .int(3), q: .int(2)), on: .numberOfEpochs)
        #expect(xs.allSatisfy { Draws.isMultiple($0, of: 2) })
        #expect(abs(Draws.mean(xs) - 10) < 0.08)
        #expect(Set(xs).count > 8)
    }

    @Test func qlognormalRoundsTheExponentialToMultiplesOfQ() {
        let xs = Draws.of(.qlognormal(mu: .float(2), sigma: .float(0.5), q: .float(0.5)))
        #expect(xs.allSatisfy { $0 >= 0 && Draws.isMultiple($0, of: 0.5) })
        // E[exp(N(2, 0.5^2))] = e^(2 + 0.125).
        #expect(abs(Draws.mean(xs) - exp(2.125)) < 0.1)
    }

    @Test func roundingIsHalfToEvenAsNumpyRounds() {
        // quniform(0.5, 0.5, 1): 0.5 / 1 rounds to 0, never to 1.
        let xs = Draws.of(.quniform(min: .float(0.5), max: .float(0.5), q: .int(1)), count: 10)
        #expect(xs == Array(repeating: 0, count: 10))
    }

    @Test func randintTruncatesAFractionalUpperAsTheSDKDoes() {
        let xs = Draws.of(.randint(upper: .float(3.7)), on: .layersToFreeze, count: 3000)
        #expect(Set(xs) == [0, 1, 2])
    }
}
