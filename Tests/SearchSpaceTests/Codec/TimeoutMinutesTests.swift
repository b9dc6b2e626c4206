import Testing
@testable import SearchSpace

/// limits.timeout_minutes is read (the budget's minutes per wave) and never lost by a save,
/// even when an old `sweep.limits` block moves to top-level `limits:`.
struct TimeoutMinutesTests {
    static let oldPlacement = """
        type: automl
        task: image_classification
        sweep:
          sampling_algorithm: random
          limits:
            timeout_minutes: 90
            max_trials: 10
        search_space:
          - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}

        """

    @Test func anOldLimitsBlockKeepsItsTimeoutWhenItMoves() throws {
        let doc = try DocumentReader.read(Self.oldPlacement)
        #expect(doc.space.job.timeoutMinutes == 90)
        let saved = DocumentWriter.save(doc)
        let back = try DocumentReader.read(saved)
        #expect(back.space.job.timeoutMinutes == 90, "\(saved)")
        #expect(back.space.job.maxTrials == 10)
        #expect(!saved.contains("  limits:"), "the old placement is gone: \(saved)")
    }
}
