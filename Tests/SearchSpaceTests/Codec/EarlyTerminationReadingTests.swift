import Testing
@testable import SearchSpace

/// `sweep.early_termination` read as azure-ai-ml 1.35.2 reads it: each policy with its fields,
/// the SDK's lenient spellings accepted, and what the SDK refuses refused at its place.
struct EarlyTerminationReadingTests {
    /// A job whose sweep block holds `policy` (lines indented under `early_termination:`).
    static func job(_ policy: String, limits: String = "  max_trials: 10") -> String {
        """
        type: automl
        task: image_classification
        limits:
        \(limits)
        sweep:
          sampling_algorithm: random
        \(policy)
        search_space:
          - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}

        """
    }

    @Test func eachPolicyReadsItsFields() throws {
        let bandit = try DocumentReader.read(Self.job("""
              early_termination:
                type: bandit
                evaluation_interval: 2
                slack_factor: 0.2
                delay_evaluation: 6
            """))
        #expect(bandit.space.job.earlyTermination == EarlyTermination(.bandit, evaluationInterval: 2, delayEvaluation: 6, slackFactor: 0.2))
        let median = try DocumentReader.read(Self.job("  early_termination: {type: median_stopping, delay_evaluation: 5}"))
        #expect(median.space.job.earlyTermination == EarlyTermination(.medianStopping, delayEvaluation: 5))
        let truncation = try DocumentReader.read(Self.job("""
              early_termination:
                type: truncation_selection
                truncation_percentage: 30
                evaluation_interval: 1
            """))
        #expect(truncation.space.job.earlyTermination == EarlyTermination(.truncationSelection, evaluationInterval: 1, truncationPercentage: 30))
        let amount = try DocumentReader.read(Self.job("  early_termination: {type: bandit, slack_amount: 0.05}"))
        #expect(amount.space.job.earlyTermination == EarlyTermination(.bandit, slackAmount: 0.05))
    }

    @Test func noneIsNone() throws {
        #expect(try DocumentReader.read(Self.job("  early_termination: null")).space.job.earlyTermination == nil)
        #expect(try DocumentReader.read(Self.job("")).space.job.earlyTermination == nil)
    }

    /// Spellings the SDK accepts (measured with load_job): the type through camel_to_snake, a
    /// fraction in an integer field (truncated), quoted numbers, null fields.
    @Test func whatTheSDKAcceptsReads() throws {
        let camel = try DocumentReader.read(Self.job("  early_termination: {type: MedianStopping}"))
        #expect(camel.space.job.earlyTermination?.policy == .medianStopping)
        #expect(try DocumentReader.read(Self.job("  early_termination: {type: BANDIT, slack_factor: 0.1}")).space.job.earlyTermination?.policy == .bandit)
        let fraction = try DocumentReader.read(Self.job("  early_termination: {type: truncation_selection, truncation_percentage: 20.5}"))
        #expect(fraction.space.job.earlyTermination?.truncationPercentage == 20)
        #expect(fraction.legacy.isEmpty, "nothing to modernise: the SDK takes it")
        #expect(fraction.readingNotes.contains { $0.message.contains("cuts it to 20") && $0.location?.line == 7 })
        let quoted = try DocumentReader.read(Self.job("  early_termination: {type: bandit, slack_factor: \"0.1\", evaluation_interval: \"2\"}"))
        #expect(quoted.space.job.earlyTermination == EarlyTermination(.bandit, evaluationInterval: 2, slackFactor: 0.1))
        let nulls = try DocumentReader.read(Self.job("  early_termination: {type: bandit, slack_factor: 0.1, evaluation_interval: null, slack_amount: ~}"))
        #expect(nulls.space.job.earlyTermination == EarlyTermination(.bandit, slackFactor: 0.1))
        let limits = try DocumentReader.read(Self.job("", limits: "  max_trials: 12.7\n  timeout_minutes: \"90\""))
        #expect(limits.space.job.maxTrials == 12 && limits.space.job.timeoutMinutes == 90)
        #expect(Validator.check(limits).filter { $0.severity == .note }.map(\.subject) == [.sweepSetting(.maxTrials), .sweepSetting(.timeoutMinutes)])
        // a save that changes the value rewrites it, and its note goes; the other stays as written
        var edited = limits
        edited.space.job.maxTrials = 20
        let saved = DocumentWriter.save(edited)
        #expect(saved.contains("  max_trials: 20\n") && saved.contains("  timeout_minutes: \"90\"\n"))
        edited.markSaved(text: saved, path: "job.yml")
        #expect(edited.readingNotes.map(\.subject) == [.sweepSetting(.timeoutMinutes)])
    }

    @Test func whatTheSDKRefusesIsALoadErrorAtItsPlace() throws {
        let cases: [(String, Int, Int, String)] = [
            ("  early_termination: {type: bandits, slack_factor: 0.1}", 7, 29, "did you mean bandit?"),
            ("  early_termination: {slack_factor: 0.1}", 7, 22, "needs type:"),
            ("  early_termination: bandit", 7, 22, "must be a mapping"),
            ("  early_termination: {type: median_stopping, slack_factor: 0.2}", 7, 46, "'slack_factor' is not a field of median_stopping"),
            ("  early_termination: {type: bandit, foo: 1}", 7, 37, "'foo' is not a field of bandit"),
            ("  early_termination: {type: bandit, evaluation_interval: two}", 7, 58, "must be a whole number, found a string"),
            ("  early_termination: {type: bandit, evaluation_interval: \"2.5\"}", 7, 58, "must be a whole number"),
            ("  early_termination: {type: bandit, delay_evaluation: true}", 7, 55, "must be a whole number, found a true/false"),
            ("  early_termination: {type: bandit, slack_factor: high}", 7, 51, "slack_factor must be a number"),
            ("  early_termination: {type: truncation_selection}", 7, 29, "needs truncation_percentage"),
            ("  early_termination: {type: truncation_selection, truncation_percentage: null}", 7, 74, "truncation_percentage is empty"),
        ]
        for (policy, line, column, words) in cases {
            let error = try #require(loadError(Self.job(policy)), "\(policy) is refused")
            #expect(error.location == SourceLocation(line: line, column: column), "\(policy): \(error)")
            #expect(error.message.contains(words), "\(policy): \(error)")
        }
        let nullLimit = loadError(Self.job("", limits: "  timeout_minutes: null"))
        #expect(nullLimit?.message.contains("timeout_minutes is empty") == true)
    }

    @Test func theSourceMapPointsAtThePolicyAndItsFields() throws {
        let doc = try DocumentReader.read(Self.job("""
              early_termination:
                type: bandit
                slack_factor: 0.2
            """))
        #expect(doc.locations.locate(.job, "early_termination", .parameter("slack_factor"))?.line == 9)
        #expect(doc.locations.locate(.job, "early_termination", .parameter("type"))?.line == 8)
        #expect(doc.locations.locate(.job, "early_termination", .value)?.line == 7, "the early_termination: line")
        #expect(doc.locations.locate(.job, "early_termination", .key)?.line == 7)
    }

    /// A pipeline's AutoML step reads its policy as a job of its own does.
    @Test func aPipelineStepReadsItsPolicy() throws {
        let text = """
            type: pipeline
            jobs:
              train:
                type: automl
                task: image_classification
                sweep:
                  sampling_algorithm: random
                  early_termination:
                    type: truncation_selection
                    truncation_percentage: 10
                search_space:
                  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}

            """
        #expect(try DocumentReader.read(text).space.job.earlyTermination == EarlyTermination(.truncationSelection, truncationPercentage: 10))
        let bad = loadError(text.replacingOccurrences(of: "truncation_percentage: 10", with: "slack_factor: 10"))
        #expect(bad?.location?.line == 10)
    }
}
