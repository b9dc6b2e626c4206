import Foundation
import Testing
@testable import SearchSpace
import TestSupport

/// The budget warning's fix, saved as the editor saves (in place), is a job the Azure SDK loads
/// with the raised max_trials, and the rest of the sweep as it was.
struct BudgetFixSDKTests {
    static let job = """
        type: automl
        task: image_classification
        experiment_name: budget-fix
        compute: azureml:gpu-cluster
        target_column_name: label
        primary_metric: accuracy
        training_data: {path: data/training, type: mltable}
        validation_data: {path: data/validation, type: mltable}
        limits:
          timeout_minutes: 60
          max_trials: 6  # raised by the fix
          max_concurrent_trials: 2
        sweep:
          sampling_algorithm: random
          early_termination: {type: bandit, evaluation_interval: 2, slack_factor: 0.1}
        search_space:
          - model_name: {type: choice, values: [resnet50, seresnext, vitb16r224, mobilenetv2, resnet18]}
          - model_name: {type: choice, values: [vits16r224]}

        """

    @Test func theSavedFixLoadsInTheSDKWithTheNewMaxTrials() throws {
        var doc = try DocumentReader.read(Self.job)
        let warning = try #require(Validator.check(doc).first { $0.severity == .warning && $0.fix != nil })
        warning.fix?.edit.apply(to: &doc.space)
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("  max_trials: 29  # raised by the fix\n"), "\(saved)")
        let path = try TemporaryFolder.file("job.yml", saved)
        let verdict: AzureSDK.Verdict
        do {
            verdict = try #require(AzureSDK.check([path])[path])
        } catch let unavailable as AzureSDK.Unavailable {
            Issue.record("The Azure SDK could not be run: \(unavailable)")
            return
        }
        #expect(verdict.error == nil, "\(verdict.error ?? "")")
        #expect(verdict.job?.maxTrials == 29)
        #expect(verdict.job?.maxConcurrentTrials == 2)
        #expect(verdict.job?.samplingAlgorithm == "random")
        #expect(verdict.job?.earlyTermination != nil)
    }
}
