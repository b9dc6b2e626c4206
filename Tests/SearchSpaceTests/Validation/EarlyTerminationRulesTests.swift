import Testing
@testable import SearchSpace
import TestSupport

/// Azure's rules for the early-termination policy and the timeout: each finding names the field,
/// and its fix, applied, leaves no finding about the policy.
struct EarlyTerminationRulesTests {
    static func findings(_ job: JobSettings) -> [Diagnostic] {
        check([(.learningRate, uniform(0.001, 0.01))], job: job)
    }

    /// The finding's fix, applied, gives a job with no finding left.
    static func fixClears(_ d: Diagnostic?, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard case .setJob(let fixed)? = d?.fix?.edit else {
            Issue.record("no job fix: \(String(describing: d))", sourceLocation: sourceLocation)
            return
        }
        #expect(findings(fixed).isEmpty, "\(findings(fixed).map(\.message))", sourceLocation: sourceLocation)
    }

    static func bandit(_ factor: Double?, _ amount: Double?) -> JobSettings {
        JobSettings(maxTrials: 20, earlyTermination: EarlyTermination(.bandit, evaluationInterval: 2, slackFactor: factor, slackAmount: amount))
    }

    @Test func theStartersAndAzuresExampleAreClean() {
        for policy in EarlyTermination.Policy.allCases {
            #expect(Self.findings(JobSettings(maxTrials: 20, timeoutMinutes: 60, earlyTermination: .starter(policy))).isEmpty)
        }
        #expect(Self.findings(Self.bandit(nil, 0.05)).isEmpty)
    }

    @Test func banditTakesExactlyOneSlack() {
        let neither = Self.findings(Self.bandit(nil, nil))
        #expect(messages(neither, .error) == ["bandit needs slack_factor or slack_amount (without either the SDK sends 0 for both and no slack is allowed); set slack_factor"])
        #expect(neither.first?.subject == .sweepSetting(.earlyTermination) && neither.first?.field == .parameter("slack_factor"))
        Self.fixClears(neither.first)
        let both = Self.findings(Self.bandit(0.1, 0.2))
        #expect(messages(both, .error) == ["bandit takes one of slack_factor or slack_amount, and both are set; remove one"])
        #expect(both.first?.fix?.description == "keep slack_factor, remove slack_amount")
        Self.fixClears(both.first)
    }

    @Test func slackIsAboveZero() {
        let factor = Self.findings(Self.bandit(0, nil))
        #expect(messages(factor, .error) == ["slack_factor is a fraction of the best metric and must be above 0, and it is 0"])
        Self.fixClears(factor.first)
        let amount = Self.findings(Self.bandit(nil, -0.5))
        #expect(messages(amount, .error) == ["slack_amount is a distance from the best metric and must be above 0, and it is -0.5"])
        #expect(amount.first?.field == .parameter("slack_amount"))
        Self.fixClears(amount.first)
    }

    @Test func truncationPercentageIsOneToNinetyNine() {
        for (p, fixed) in [(0, 1), (100, 99), (150, 99)] {
            let job = JobSettings(maxTrials: 20, earlyTermination: EarlyTermination(.truncationSelection, truncationPercentage: p))
            let found = Self.findings(job)
            #expect(messages(found, .error) == ["truncation_percentage must be 1 to 99, and it is \(p)"])
            #expect(found.first?.fix?.description == "set truncation_percentage to \(fixed)")
            Self.fixClears(found.first)
        }
        #expect(Self.findings(JobSettings(earlyTermination: EarlyTermination(.truncationSelection, truncationPercentage: 99))).isEmpty)
    }

    @Test func intervalsAreNotNegative() {
        let job = JobSettings(earlyTermination: EarlyTermination(.medianStopping, evaluationInterval: -1, delayEvaluation: -2))
        let found = Self.findings(job)
        #expect(found.map(\.field) == [.parameter("evaluation_interval"), .parameter("delay_evaluation")])
        // 0 is what the SDK sends for a field left out: not refused
        #expect(Self.findings(JobSettings(earlyTermination: EarlyTermination(.medianStopping, evaluationInterval: 0, delayEvaluation: 0))).isEmpty)
        var fixed = job
        for d in found { if case .setJob(let j)? = d.fix?.edit { fixed.earlyTermination = j.earlyTermination.map { p in
            var merged = fixed.earlyTermination!
            for field in EarlyTermination.Field.allCases where p[field] != job.earlyTermination![field] { merged[field] = p[field] }
            return merged
        } } }
        #expect(Self.findings(fixed).isEmpty)
    }

    @Test func timeoutMinutes() {
        let negative = Self.findings(JobSettings(timeoutMinutes: -5))
        #expect(messages(negative, .error) == ["timeout_minutes must be 1 or more, and it is -5; give the minutes the whole sweep may take, or remove it"])
        #expect(negative.first?.subject == .sweepSetting(.timeoutMinutes))
        Self.fixClears(negative.first)
        let zero = Self.findings(JobSettings(timeoutMinutes: 0))
        #expect(messages(zero, .note) == ["timeout_minutes 0 sets no time limit: the SDK sends no timeout, as when the line is left out"])
        #expect(Self.findings(JobSettings(timeoutMinutes: 1)).isEmpty)
    }

    @Test func bayesianRemovesThePolicy() {
        let found = Self.findings(JobSettings(samplingAlgorithm: .bayesian, maxTrials: 20, earlyTermination: .starter(.bandit)))
        let d = found.first { $0.subject == .sweepSetting(.earlyTermination) }
        #expect(d?.fix?.description == "remove the early termination policy")
        Self.fixClears(d)
    }
}
