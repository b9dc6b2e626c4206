import Testing
@testable import SearchSpace

/// checkpoint_frequency, checkpoint_run_id and advanced_settings: accepted in
/// training_parameters (Azure takes them), checked for their kind, never offered for deletion.
struct TrainingOnlySettingsTests {
    static let job = """
        type: automl
        task: image_classification
        training_parameters:
          checkpoint_frequency: 2
          checkpoint_run_id: run-2024-01
          advanced_settings: '{"apply_mosaic_for_yolo": false}'
          early_stopping: true
        search_space:
          - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
        """

    @Test func aJobSettingThemValidatesWithoutAFinding() throws {
        let doc = try #require(read(Self.job))
        #expect(Validator.check(doc).isEmpty, "\(Validator.check(doc).map(\.message))")
    }

    @Test func aValueOfTheWrongKindIsAnErrorWithNoFixThatDeletesIt() throws {
        let doc = try #require(read(Self.job
            .replacingOccurrences(of: "checkpoint_frequency: 2", with: "checkpoint_frequency: often")
            .replacingOccurrences(of: "checkpoint_run_id: run-2024-01", with: "checkpoint_run_id: 7")))
        let found = Validator.check(doc)
        let frequency = about("checkpoint_frequency", found)
        #expect(frequency.map(\.severity) == [.error])
        #expect(frequency.first?.message.contains("integer") == true)
        #expect(about("checkpoint_run_id", found).map(\.severity) == [.error])
        for d in found {
            if case .removeKey? = d.fix?.edit { Issue.record("a fix deletes a setting Azure accepts: \(d.message)") }
        }
    }

    @Test func aZeroCheckpointFrequencyIsAnError() throws {
        let doc = try #require(read(Self.job.replacingOccurrences(of: "checkpoint_frequency: 2", with: "checkpoint_frequency: 0")))
        #expect(about("checkpoint_frequency", Validator.check(doc)).map(\.severity) == [.error])
    }

    @Test func inTheSearchSpaceItIsAnErrorThatSaysWhereItBelongs() throws {
        let doc = try #require(read("""
            search_space:
              - checkpoint_frequency: {type: choice, values: [1, 2]}
            """))
        let found = about("checkpoint_frequency", Validator.check(doc))
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.message.contains("training_parameters") == true)
    }

    @Test func aSaveKeepsThem() throws {
        var doc = try #require(read(Self.job))
        doc.space.trainingParameters[.earlyStopping] = .fixed(.bool(false))
        let saved = DocumentWriter.save(doc)
        for name in Catalogue.trainingOnly.map(\.name) { #expect(saved.contains(name + ":"), "\(saved)") }
        let back = try #require(read(saved))
        #expect(back.space.trainingParameters == doc.space.trainingParameters)
    }
}
