import Testing
@testable import SearchSpace

/// A job with both `limits:` and the old `sweep.limits:`, with different values: a warning that
/// names both, a fix for the other, and no silent winner.
struct LimitConflictTests {
    static let job = """
        type: automl
        task: image_classification
        limits:
          max_trials: 1
          max_concurrent_trials: 2
        sweep:
          sampling_algorithm: random
          limits:
            max_trials: 20
            max_concurrent_trials: 2
        search_space:
          - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
        """

    @Test func differentValuesAreAWarningWithBothAndAFix() throws {
        let doc = try #require(read(Self.job))
        #expect(doc.space.job.maxTrials == 1, "limits: is what the current SDK reads")
        let found = about("max_trials", Validator.check(doc))
        #expect(found.map(\.severity) == [.warning])
        let message = found.first?.message ?? ""
        #expect(message.contains("1") && message.contains("20"), "\(message)")
        #expect(found.first?.location == SourceLocation(line: 9, column: 17))
        // the same value twice is no conflict
        #expect(about("max_concurrent_trials", Validator.check(doc)).allSatisfy { $0.severity == .note })
        // the fix takes the old value, and the warning goes
        var fixed = doc
        found.first?.fix?.edit.apply(to: &fixed.space)
        #expect(fixed.space.job.maxTrials == 20)
        #expect(about("max_trials", Validator.check(fixed)).allSatisfy { $0.severity == .note })
    }

    @Test func theSaveWritesOneLimitsBlockWithTheKeptValue() throws {
        let doc = try #require(read(Self.job))
        let saved = DocumentWriter.save(doc)
        let back = try #require(read(saved))
        #expect(back.space.job.maxTrials == 1)
        #expect(back.limitConflicts.isEmpty)
        #expect(!saved.contains("20"), "\(saved)")
    }

    @Test func anOldLimitAloneIsStillRead() throws {
        let doc = try #require(read(Self.job.replacingOccurrences(of: "  max_trials: 1\n", with: "")))
        #expect(doc.space.job.maxTrials == 20)
        #expect(doc.limitConflicts.isEmpty)
    }
}
