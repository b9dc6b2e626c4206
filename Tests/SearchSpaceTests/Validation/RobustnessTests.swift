import Testing
@testable import SearchSpace
import TestSupport

/// Validation runs on every keystroke, on whatever the user typed: it must answer, never trap.
struct RobustnessTests {
    static let extremes: [Number] = [
        .int(0), .int(1), .int(-1), .int(Int.max), .int(Int.min), .int(3),
        .float(0.5), .float(-0.5), .float(1e300), .float(-1e300), .float(.nan), .float(.infinity),
        .float(-.infinity), .float(1e-300), .float(5.5),
    ]

    @Test func extremeParametersNeverTrap() {
        var random = SeededRandom(seed: 7)
        let kinds = DistributionKind.allCases.filter { $0 != .choice }
        for _ in 0..<3000 {
            let kind = random.pick(kinds)
            let parameters = kind.parameterNames.map { _ in random.pick(Self.extremes) }
            guard let d = Distribution(kind: kind, parameters: parameters) else { continue }
            let id = random.pick(ParameterID.allCases)
            let job = JobSettings(samplingAlgorithm: random.pick(SamplingAlgorithm.allCases), maxTrials: random.pick([1, 5, Int.max, Int.min]),
                                  maxConcurrentTrials: random.pick([0, 2, Int.max]))
            let found = check([(id, swept(d))], training: [(id, fixed(random.pick(Self.extremes).value))], job: job)
            #expect(found.allSatisfy { !$0.message.isEmpty })
        }
    }

    @Test func extremeChoicesNeverTrap() {
        for id in ParameterID.allCases {
            let values = Self.extremes.map(\.value) + [.string("AdamW"), .bool(true), .string("")]
            _ = check([(id, .swept(.choice(values))), (.modelName, fixed(.string("")))])
            _ = check([(id, .swept(.choice(values)))], job: JobSettings(samplingAlgorithm: .grid, maxTrials: 1))
        }
    }

    @Test func nonFiniteParametersAreErrors() {
        let found = check([(.learningRate, swept(.uniform(min: .float(0.1), max: .float(.infinity))))])
        #expect(messages(found, .error) == ["learning_rate: max_value of uniform is inf; it must be a finite number"])
    }
}
