import Testing
@testable import Editor
import SearchSpace

/// The sweep settings at the top of the list: edited with the keys that edit a parameter,
/// validated as they are typed, fixed with F, undone with u, and reached by n.
struct SweepSettingsTests {
    /// The example job (random, max_trials 20, 4 at once, 120 minutes, a bandit policy).
    static let job = Harness.exampleJob

    @Test func theListStartsWithTheFiveSweepSettingsAndOpensOnTheFirstParameter() {
        let h = Harness()
        #expect(Array(h.state.rows.prefix(6)) == SweepSetting.allCases.map(Row.sweep) + [.parameter(.modelName)])
        #expect(h.state.selectedParameter == .modelName)
        #expect(h.row("limits.max_trials") == "   limits.max_trials              set   20")
        #expect(h.row("sweep.early_termination")?.contains("bandit(slack_factor=0.2, evaluation_int") == true)
    }

    @Test func tCyclesTheSamplingAlgorithmAndUndoSaysWhatItPutBack() {
        var h = Harness()
        h.press("g")
        h.press("t")
        #expect(h.state.document.space.job.samplingAlgorithm == .grid)
        #expect(h.status.hasPrefix(" sweep.sampling_algorithm: grid"))
        h.press("tt")
        #expect(h.state.document.space.job.samplingAlgorithm == .random, "bayesian, then around to random")
        h.press("T")
        #expect(h.state.document.space.job.samplingAlgorithm == .bayesian)
        h.press("G")  // away from the row: undo brings the selection back to it
        h.press("u")
        #expect(h.state.document.space.job.samplingAlgorithm == .random)
        #expect(h.status.hasPrefix(" undo: sweep.sampling_algorithm bayesian -> random"))
        #expect(h.state.selectedRow == .sweep(.samplingAlgorithm))
    }

    @Test func typingMaxTrialsMovesThePreviewAndTheBudgetOnEveryKey() {
        var h = Harness()
        h.press("p")
        #expect(h.detailTitle.contains("max_trials 20"))
        h.press("gj<enter>4")
        // not kept yet, but the preview draws 4 trials already
        #expect(h.state.document.space.job.maxTrials == 20)
        #expect(h.state.shownSpace.job.maxTrials == 4)
        #expect(h.state.preview.sample?.count == 4)
        h.press("0<enter>")
        #expect(h.state.document.space.job.maxTrials == 40)
        #expect(h.state.preview.sample?.count == 40)
        #expect(h.state.preview.sample?.budget.trials == 40)
        #expect(h.status.hasPrefix(" limits.max_trials: 40"))
    }

    @Test func aWordIsNotATrialCountAndEscPutsTheValueBack() {
        var h = Harness()
        h.press("gj<enter>ten")
        #expect(h.text.contains("E value: a whole number, such as 10 (empty leaves it out)"))
        h.press("<enter>")
        #expect(h.state.mode == .editing, "Enter keeps nothing that means nothing yet")
        #expect(h.status.contains("value: a whole number"))
        h.press("<esc>")
        #expect(h.state.document.space.job.maxTrials == 20)
        #expect(h.state.undoStack.isEmpty)
    }

    @Test func anOutOfRangeValueIsAFindingOnItsRowWithAFix() {
        var h = Harness()
        h.press("gj<enter>5000")
        #expect(h.listRow(1).hasPrefix(">E limits.max_trials"), "live, before Enter: \(h.listRow(1))")
        h.press("<enter>")
        #expect(h.text.contains("max_trials must be 1 to 1000, and it is 5000"))
        #expect(h.text.contains("F: set max_trials to 1000"))
        h.press("F")
        #expect(h.state.document.space.job.maxTrials == 1000)
        #expect(h.listRow(1).hasPrefix(">  limits.max_trials"))
    }

    @Test func concurrencyAboveMaxTrialsSaysAzureCapsIt() {
        var h = Harness()
        h.press("gjj<enter><C-u>50<enter>")
        #expect(h.state.document.space.job.maxConcurrentTrials == 50)
        #expect(h.text.contains("max_concurrent_trials 50 is above max_trials 20; Azure silently caps it at 20"))
        h.press("F")
        #expect(h.state.document.space.job.maxConcurrentTrials == 20)
    }

    @Test func xLeavesALimitOutAndSaysWhatAzureDoesThen() {
        var h = Harness()
        h.press("gjjjx")
        #expect(h.state.document.space.job.timeoutMinutes == nil)
        #expect(h.row("limits.timeout_minutes") == ">  limits.timeout_minutes         -     no limit set")
        h.press("x")
        #expect(h.status.contains("limits.timeout_minutes is already left out"))
        h.press("gx")
        #expect(h.status.contains("a sweep always has a sampling_algorithm"))
        h.press("f")
        #expect(h.status.contains("sweep.sampling_algorithm is a setting of the sweep, not a hyperparameter"))
    }

    @Test func tPicksTheEarlyTerminationPolicyKeepingItsSharedFields() throws {
        var h = Harness()
        h.press("gjjjj")
        #expect(h.state.selectedRow == .sweep(.earlyTermination))
        h.press("t")
        let median = try #require(h.state.document.space.job.earlyTermination)
        #expect(median.policy == .medianStopping)
        #expect(median.evaluationInterval == 2 && median.delayEvaluation == 6, "the example's interval and delay carry over")
        #expect(median.slackFactor == nil, "median stopping takes no slack")
        h.press("t")
        #expect(h.state.document.space.job.earlyTermination?.truncationPercentage == 20)
        h.press("t")
        #expect(h.state.document.space.job.earlyTermination == nil)
        #expect(h.row("sweep.early_termination") == ">  sweep.early_termination        -     none: every trial runs to the end")
        h.press("t")
        #expect(h.state.document.space.job.earlyTermination == .starter(.bandit))
    }

    @Test func enterEditsThePolicyFieldsWithTab() {
        var h = Harness()
        h.press("gjjjjx")
        #expect(h.state.document.space.job.earlyTermination == nil)
        // Enter on "none" starts from Azure's example bandit policy; Esc puts none back
        h.press("<enter>")
        #expect(h.state.shownSpace.job.earlyTermination == .starter(.bandit))
        #expect(h.text.contains("bandit: slack_factor [0.2]"))
        h.press("<esc>")
        #expect(h.state.shownSpace.job.earlyTermination == nil)
        h.press("<enter>0.1<tab><tab>3<enter>")
        let policy = h.state.document.space.job.earlyTermination
        #expect(policy?.slackFactor == 0.1)
        #expect(policy?.evaluationInterval == 3)
        #expect(policy?.delayEvaluation == 6)
        h.press("u")
        #expect(h.state.document.space.job.earlyTermination == nil)
        #expect(h.status.hasPrefix(" undo: sweep.early_termination bandit(slack_factor=0.1"))
    }

    @Test func upAndDownPickTheAlgorithmWhileTyping() {
        var h = Harness()
        h.press("g<enter><down>")
        #expect(h.state.sweepEditSession?.buffer.text == "grid")
        h.press("<down><enter>")
        #expect(h.state.document.space.job.samplingAlgorithm == .bayesian)
        h.press("gjj<enter><down>")
        #expect(h.status.contains("no list of known values for this field: type it"))
    }

    @Test func nReachesAFindingAboutTheJob() {
        var h = Harness()
        h.press("gtt")  // bayesian, with the example's bandit policy: an error on early_termination
        #expect(h.state.document.space.job.samplingAlgorithm == .bayesian)
        h.press("G")
        var visited: Set<Row> = []
        for _ in 0..<12 {
            h.press("n")
            if let row = h.state.selectedRow { visited.insert(row) }
        }
        #expect(visited.contains(.sweep(.earlyTermination)), "n visits \(visited)")
        #expect(visited.contains(.sweep(.samplingAlgorithm)), "two subspaces: bayesian takes one")
        h.press("gjjjj")
        #expect(h.listRow(4).hasPrefix(">E sweep.early_termination"))
        #expect(h.text.contains("bayesian sampling supports no early"))
    }

    @Test func aTrainingParametersFindingShowsOnItsRowInEverySubspace() {
        let text = Self.job.replacingOccurrences(of: "training_parameters:\n", with: "training_parameters:\n  momentum: 7\n")
        var h = Harness(text: text)
        #expect(h.state.document.space.trainingParameters[.momentum] == .fixed(.int(7)))
        h.press("/momentum<enter>")
        #expect(h.listRow(0).hasPrefix(">E momentum"), "\(h.listRow(0))")
        #expect(h.text.contains("E training_parameters: "))
        h.press("]")
        #expect(h.listRow(0).hasPrefix(">E momentum"), "subspace 2 too: \(h.listRow(0))")
        h.press("<esc>g")
        h.press("n")
        #expect(h.state.selectedParameter == .momentum)
        #expect(h.status.hasPrefix(" training_parameters: "))
    }

    /// A note about a whole block (the old `image_model:` name of training_parameters) has no
    /// parameter of its own: it shows on the block's first parameter, where n reaches it.
    @Test func aFindingAboutAWholeBlockIsReachedToo() {
        let text = Self.job.replacingOccurrences(of: "training_parameters:\n", with: "image_model:\n")
        var h = Harness(text: text)
        #expect(h.state.document.legacy.contains { $0.subject == nil })
        var messages: [String] = []
        for _ in 0..<8 {
            h.press("n")
            messages.append(h.status)
        }
        #expect(messages.contains { $0.contains("image_model: is the old name of training_parameters") }, "\(messages)")
        #expect(h.state.diagnostics(for: .parameter(.earlyStopping)).contains { $0.message.hasPrefix("image_model:") })
    }

    @Test func aFileWithNoJobKeepsTheSettingsForThePreviewOnly() {
        // a top-level list of subspaces: no place for a job's settings
        var h = Harness(text: "- learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}\n", path: "space.yml")
        #expect(h.row("limits.max_trials") == "   limits.max_trials              -     200  (preview only)")
        h.press("p")
        #expect(h.state.preview.sample?.count == 200)
        h.press("gj<enter>12<enter>")
        #expect(h.state.preview.sample?.count == 12)
        #expect(h.status.hasPrefix(" limits.max_trials: 12 (preview only: not saved)"))
        h.press("p")  // the detail pane back in the preview's place
        #expect(h.text.contains("Not saved: this file is a search space alone, with no job"), "\(h.screen)")
        let dirty = h.state.isDirty  // not the whole state in the message: it holds 200 trials
        #expect(!dirty, "nothing to save")
        h.press("q")
        #expect(h.state.overlay == nil && h.effects.contains(.quit), "quits without asking")
    }

    @Test func anAutoModeJobEditsItsLimitsWithoutASubspace() {
        let text = Self.job.components(separatedBy: "\nsweep:")[0] + "\n"
        var h = Harness(text: text)
        #expect(h.state.document.space.subspaces.isEmpty || h.state.document.space.subspaces.allSatisfy(\.isEmpty))
        h.press("gj<enter>30<enter>")
        #expect(h.state.document.space.job.maxTrials == 30)
    }
}
