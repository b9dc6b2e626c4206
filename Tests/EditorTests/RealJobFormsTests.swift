import Testing
@testable import Editor
import SearchSpace

/// The editor on Azure's other job forms: training settings that cannot be swept, a pipeline's
/// AutoML step, an AutoMode job.
struct RealJobFormsTests {
    static let trainingSettings = """
        type: automl
        task: image_classification
        training_parameters:
          checkpoint_frequency: 2
          checkpoint_run_id: run-7
        search_space:
          - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
        """

    @Test func trainingSettingsShowInTheHelpOverlayAndNotAmongTheRows() {
        var h = Harness(text: Self.trainingSettings)
        #expect(!h.state.rows.contains { $0.name == "checkpoint_frequency" }, "a training setting is no search space row")
        #expect(h.text.contains("no problems"))
        h.press("?")
        #expect(h.lines[2].hasPrefix(" This file's training_parameters"), "\(h.lines[2])")
        #expect(h.lines[3] == "   checkpoint_frequency 2  (not sweepable)", "\(h.lines[3])")
        #expect(h.lines[4].hasPrefix("       Save a model checkpoint every N epochs."))
        #expect(h.lines.allSatisfy { $0.count <= 80 })
    }

    @Test func fNeverDeletesATrainingSetting() {
        var h = Harness(text: Self.trainingSettings)
        h.press("F")
        #expect(h.state.document.space.trainingParameters.unknownKeys.map(\.name) == ["checkpoint_frequency", "checkpoint_run_id"])
    }

    @Test func thePipelineHeaderNamesTheStep() throws {
        let text = """
            type: pipeline
            jobs:
              classify:
                type: automl
                task: image_classification
                search_space:
                  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
            """
        let h = Harness(text: text, path: "pipeline.yml")
        #expect(h.lines[0].hasPrefix(" pipeline.yml jobs.classify · subspace 1/1"), "\(h.lines[0])")
    }

    @Test func anAutoModeJobSaysSoAndTheFirstSettingMakesSubspaceOne() {
        var h = Harness(text: """
            type: automl
            task: image_classification
            limits:
              max_trials: 10
            """)
        #expect(h.text.contains("AutoMode: Azure picks models and hyperparameters"))
        #expect(h.state.document.space.subspaces.isEmpty)
        h.press("d")
        #expect(h.state.document.space.subspaces.count == 1)
        #expect(h.setting(.modelName).distribution != nil)
        h.press("u")
        #expect(h.state.document.space.subspaces.isEmpty, "undo gives the AutoMode job back")
    }
}
