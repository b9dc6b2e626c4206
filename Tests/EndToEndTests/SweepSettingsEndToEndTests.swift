import Foundation
import Testing
import TestSupport

/// Issue 15's walk, as a person does it at 80x24: change the sampling algorithm, max_trials and
/// the early termination policy of the example job, watch the preview and the budget follow,
/// save, and the Azure SDK loads the saved job with those values.
@Suite(.serialized, .enabled(if: TmuxSession.suitesRun, "tmux is not installed"))
struct SweepSettingsEndToEndTests {
    @Test func changeTheSweepOfTheExampleJobAndSaveIt() throws {
        let original = try String(contentsOf: PackageRoot.exampleJob, encoding: .utf8)
        let file = try TemporaryFolder.file("job.yml", original)
        let tmux = try TmuxSession([Binary.path, file], environment: ["TERM": "xterm-256color"])
        try tmux.waitFor("subspace 1/2: vitb16r224, vits16r224")
        let first = try tmux.screen()
        #expect(first.contains("   sweep.sampling_algorithm       set   random"))
        #expect(first.contains(">  model_name"), "the list opens on the first hyperparameter")

        // the preview shows the job's 20 trials and their budget
        try tmux.type("p")
        try tmux.waitFor("max_trials 20")
        try tmux.waitFor("budget: 20 trials, 5 waves")

        // max_trials: typed, the preview follows before Enter
        try tmux.type("gj")
        try tmux.waitFor(">  limits.max_trials")
        try tmux.press("Enter")
        try tmux.type("40")
        try tmux.waitFor("budget: 40 trials, 10 waves")
        try tmux.press("Enter")
        try tmux.waitFor("limits.max_trials: 40")

        // the algorithm: t to grid, the findings say what grid cannot take; T back to random
        try tmux.type("k")
        try tmux.type("t")
        try tmux.waitFor("sweep.sampling_algorithm: grid")
        try tmux.waitFor("not a grid: learning_rate is uniform")
        try tmux.type("T")
        try tmux.waitFor("sweep.sampling_algorithm: random")

        // the early termination policy: t to median stopping, then truncation selection with 30%
        try tmux.type("jjjj")
        try tmux.waitFor(">  sweep.early_termination")
        try tmux.type("t")
        try tmux.waitFor("median_stopping(evaluation_interval=2")
        try tmux.type("t")
        try tmux.waitFor("truncation_selection(truncation_percentage=20")
        try tmux.press("Enter")
        try tmux.type("30")
        try tmux.press("Enter")
        try tmux.waitFor("truncation_selection(truncation_percentage=30")

        try tmux.type("s")
        try tmux.waitFor("saved ")
        try tmux.type("q")
        try tmux.waitForExit()

        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("  max_trials: 40\n"))
        #expect(saved.contains("    type: truncation_selection\n"), "\(saved)")
        #expect(saved.contains("    truncation_percentage: 30\n"), "\(saved)")
        #expect(saved.contains("# An AutoML image classification job with a two-subspace sweep."), "comments stay")
        let sdk = try AzureSDK.verdict(file)
        #expect(sdk.accepted, "the Azure SDK rejects the saved job: \(sdk.error ?? "")")
        #expect(sdk.job?.samplingAlgorithm?.lowercased() == "random")
        #expect(sdk.job?.maxTrials == 40)
        #expect(sdk.job?.earlyTermination == "truncation_selection")
    }
}
