import Testing
@testable import SearchSpace
import TestSupport

/// `SweepDiff`: two sweeps compared by meaning, with what each change does to the draws.
struct SweepDiffTests {
    static let dictYAML = """
        type: automl
        task: image_classification
        sweep:
          sampling_algorithm: random
        limits:
          max_trials: 10
        search_space:
          - model_name:
              type: choice
              values: [vitb16r224, vits16r224]
            learning_rate:
              type: uniform
              min_value: 0.001
              max_value: 0.01
          - model_name: seresnext
            layers_to_freeze:
              type: choice
              values: [0, 2]
        """

    /// The same sweep as legacy expression strings, keys and subspaces in another order.
    static let legacyReordered = """
        type: automl
        task: image_classification
        limits:
          max_trials: 10
        sweep:
          sampling_algorithm: random
        search_space:
          - layers_to_freeze: "choice(2, 0)"
            model_name: seresnext
          - learning_rate: "uniform(0.001, 0.01)"
            model_name: "choice('vits16r224', 'vitb16r224')"
        """

    /// The search space of `dictYAML` as the SDK's REST strings with the wire's camelCase keys.
    static let camelREST = """
        [{"modelName": "choice('vitb16r224','vits16r224')", "learningRate": "uniform(0.001,0.01)"},
         {"modelName": "seresnext", "layersToFreeze": "choice(0,2)"}]
        """

    func space(_ text: String) throws -> SearchSpace { try DocumentReader.read(text, path: "t.yml").space }

    @Test func legacyReorderedIsTheSameSweep() throws {
        let diff = SweepDiff(try space(Self.dictYAML), try space(Self.legacyReordered))
        #expect(diff.isSame)
        // the move is said, but is no change in what Azure draws
        #expect(diff.changes.map(\.place) == [.subspaceMoved(before: 1, after: 0)])
    }

    @Test func camelCaseRESTIsTheSameSearchSpaceAsSnakeCaseDicts() throws {
        let job = try DocumentReader.read(Self.dictYAML, path: "job.yml")
        let rest = try DocumentReader.read(Self.camelREST, path: "space.json")
        // the REST file says nothing about the sweep's limits: not a change
        let diff = SweepDiff(job, rest)
        #expect(diff.changes == [])
        #expect(diff.isSame)
        #expect(!SweepDiff(job.space, rest.space).isSame, "compared as spaces, max_trials differs")
    }

    @Test func aChangedBoundSaysWhatItDoesToTheDraws() throws {
        let old = try space(Self.dictYAML)
        var new = old
        new.subspaces[0][.learningRate] = .swept(.loguniform(min: .float(-9.2103), max: .float(-4.6052)))
        let diff = SweepDiff(old, new)
        #expect(diff.changes.map(\.line) == [
            "learning_rate: uniform(0.001,0.01) -> loguniform(-9.2103,-4.6052): now 0.0001..0.01 on a log scale "
                + "(was 0.001..0.01, evenly)",
        ])
        #expect(diff.changes.first?.place == .parameter(.learningRate, before: 0, after: 0))
        #expect(diff.changes.first?.scope == "subspace 1 (vitb16r224, vits16r224)")
    }

    @Test func logExponentsRoundedAsSweepeditWritesThemAreTheSameBound() throws {
        let exact = searchSpace([(.learningRate, .swept(.loguniform(min: .float(-9.210340371976182), max: .float(-4.605170185988091))))])
        let rounded = searchSpace([(.learningRate, .swept(.loguniform(min: .float(-9.2103), max: .float(-4.6052))))])
        #expect(SweepDiff(exact, rounded).isSame)
        let other = searchSpace([(.learningRate, .swept(.loguniform(min: .float(-9.2), max: .float(-4.6052))))])
        #expect(!SweepDiff(exact, other).isSame)
    }

    @Test func integerAndFloatSpellingsOfABoundMeanTheSame() {
        let a = searchSpace([(.beta1, .swept(.uniform(min: .int(0), max: .int(1))))])
        let b = searchSpace([(.beta1, .swept(.uniform(min: .float(0), max: .float(1))))])
        #expect(SweepDiff(a, b).isSame)
    }

    @Test func aChoiceEditSaysWhatItAddsAndDrops() {
        let a = searchSpace([(.trainingBatchSize, choice(.int(8), .int(16)))])
        let b = searchSpace([(.trainingBatchSize, choice(.int(16), .int(64)))])
        #expect(SweepDiff(a, b).changes.map(\.effect) == ["adds 64; drops 8 (2 values)"])
    }

    @Test func aLongChoiceIsCutInTheLineAndItsEditNamed() {
        let values = (0..<100_000).map { Value.int($0) }
        let a = searchSpace([(.trainingBatchSize, .swept(.choice(values)))])
        let b = searchSpace([(.trainingBatchSize, .swept(.choice(values + [.int(100_001)])))])
        let change = SweepDiff(a, b).changes.first
        #expect(change?.before?.hasSuffix(",...) (100000 values)") == true)
        #expect((change?.after?.count ?? 0) < 200)
        #expect(change?.effect == "adds 100001 (100001 values)")
    }

    @Test func unsetAndFixedSayWhereTheValueComesFrom() {
        let a = searchSpace([(.learningRate, fixed(.float(0.02)))], training: [(.learningRate, fixed(.float(0.05)))])
        let b = searchSpace([], training: [(.learningRate, fixed(.float(0.05)))])
        #expect(SweepDiff(a, b).changes.map(\.effect) == ["now 0.05 from training_parameters (was always 0.02)"])
    }

    @Test func subspacesAreMatchedByModelNameNotPlace() throws {
        let old = try space(Self.dictYAML)
        var new = old
        new.subspaces.swapAt(0, 1)
        new.subspaces[0][.layersToFreeze] = choice(.int(0), .int(2), .int(5))
        let places = SweepDiff(old, new).changes.map(\.place)
        #expect(places == [.subspaceMoved(before: 1, after: 0), .parameter(.layersToFreeze, before: 1, after: 0)])
    }

    @Test func addedAndRemovedSubspacesAreNamed() throws {
        let old = try space(Self.dictYAML)
        var new = old
        new.subspaces.remove(at: 0)
        new.subspaces.append(subspace([(.modelName, fixed(.string("yolov5")))]))
        new.subspaces.append(subspace([(.modelName, fixed(.string("resnet50")))]))
        let diff = SweepDiff(old, new)
        // seresnext moved up by the removal: not a move; the vision transformers share no
        // setting with yolov5 or resnet50, so they are removed, not changed into one of them
        #expect(diff.changes.map(\.place) == [.subspaceRemoved(0), .subspaceAdded(1), .subspaceAdded(2)])
        #expect(diff.changes.map(\.effect) == [
            "subspace 1 (vitb16r224, vits16r224) removed", "subspace 2 (yolov5) added", "subspace 3 (resnet50) added",
        ])
        #expect(!diff.isSame)
    }

    @Test func jobSettingsAndTrainingParametersAreCompared() throws {
        let old = try space(Self.dictYAML)
        var new = old
        new.job.samplingAlgorithm = .bayesian
        new.job.maxTrials = 40
        new.job.earlyTermination = .starter(.bandit)
        new.trainingParameters[.numberOfEpochs] = fixed(.int(20))
        #expect(SweepDiff(old, new).changes.map(\.line) == [
            "sampling_algorithm: random -> bayesian: trials are now drawn by bayesian sampling",
            "max_trials: 10 -> 40: now at most 40 trials",
            "early_termination: none -> bandit(evaluation_interval=2, delay_evaluation=6, slack_factor=0.2): poor trials are now stopped early by bandit",
            "number_of_epochs: unset -> 20: now always 20 (was Azure's default 15)",
        ])
    }

    @Test func thePolicyAndTheTimeoutAreListedAndComparedInWords() throws {
        var old = try space(Self.dictYAML)
        old.job.earlyTermination = .starter(.bandit)
        old.job.timeoutMinutes = 60
        let listing = CanonicalListing.text(old)
        #expect(listing.contains("sweep.early_termination: bandit(evaluation_interval=2, delay_evaluation=6, slack_factor=0.2)\n"))
        #expect(listing.contains("limits.timeout_minutes: 60\n"))
        var new = old
        new.job.earlyTermination?.slackFactor = 0.1
        new.job.earlyTermination?.evaluationInterval = 1
        new.job.timeoutMinutes = nil
        #expect(SweepDiff(old, new).changes.map(\.line) == [
            "timeout_minutes: 60 -> unset: now no time limit",
            "early_termination: bandit(evaluation_interval=2, delay_evaluation=6, slack_factor=0.2) -> bandit(evaluation_interval=1, delay_evaluation=6, slack_factor=0.1): "
                + "the policy now looks every 1 metric reports instead of 2; trials may now fall 10% behind the best instead of 20%",
        ])
        new = old
        new.job.earlyTermination = old.job.earlyTermination?.converted(to: .truncationSelection)
        #expect(SweepDiff(old, new).changes.map(\.effect) == ["poor trials are now stopped by truncation_selection instead of bandit"])
        new.job.earlyTermination = nil
        #expect(SweepDiff(old, new).changes.map(\.effect) == ["every trial now runs to the end"])
        new.job.earlyTermination = EarlyTermination(.truncationSelection, truncationPercentage: 30)
        var other = new
        other.job.earlyTermination?.truncationPercentage = 10
        #expect(SweepDiff(new, other).changes.map(\.effect) == ["each evaluation now stops the lowest 10% of trials instead of 30"])
    }

    @Test func theCanonicalListingIsTheSameForTheSameMeaning() throws {
        let listing = CanonicalListing.text(try space(Self.dictYAML))
        #expect(listing.contains("  learning_rate: uniform(0.001,0.01)  # 0.001..0.01, evenly\n"))
        var reordered = try space(Self.legacyReordered)
        reordered.subspaces.swapAt(0, 1)
        #expect(CanonicalListing.text(reordered) == listing)
    }

    @Test func theBudgetLineSaysWhatTheChangeDoesToTheModelsTried() throws {
        let before = try space(Self.dictYAML)
        #expect(SweepDiff(before, before).budget == nil, "no change, no line")
        var after = before
        let models: [Value] = ["vitb16r224", "vits16r224", "vitl16r224", "resnet50", "resnet18"].map(Value.string)
        after.subspaces[0][.modelName] = .swept(.choice(models))
        let diff = SweepDiff(before, after)
        let budget = try #require(diff.budget, "more models to cover in the same trials")
        // the budget's own numbers, read from its owner (never computed a second time here)
        let n = before.job.maxTrials ?? Budget.trialsWithoutJob
        let owner = { (s: SearchSpace) in Budget(space: s, trials: n).choices.first { $0.parameter == .modelName }?.chanceAllTried }
        #expect(budget.before == owner(before) && budget.after == owner(after))
        #expect(budget.after < budget.before)
        #expect(budget.line.hasPrefix("budget: P(every model tried) "))
    }
}
