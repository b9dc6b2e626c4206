import Foundation
import Testing
import TestSupport
@testable import SearchSpace

/// Saving an edit of the sweep settings changes the lines of that setting and nothing else: the
/// line diff of each edit on Azure's example job and on fixtures without a sweep block, with a
/// policy of each type, with comments inside the block and in flow style.
struct SweepSettingsDiffTests {
    static func example() throws -> String { try String(contentsOf: PackageRoot.exampleJob, encoding: .utf8) }

    /// The lines removed and added by saving `change`, after checking the save reads back as the
    /// edited job.
    static func diff(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                     _ change: (inout JobSettings) -> Void) throws -> (removed: [String], added: [String], saved: String) {
        var doc = try DocumentReader.read(text)
        change(&doc.space.job)
        let saved = DocumentWriter.save(doc)
        let back = try DocumentReader.read(saved)
        #expect(back.space.job == doc.space.job, "the save reads back as the edited job:\n\(saved)", sourceLocation: sourceLocation)
        #expect(back.space.subspaces == doc.space.subspaces, sourceLocation: sourceLocation)
        let changes = LineDiff.changes(from: text, to: saved, limit: 10_000)
        return (changes.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) },
                changes.filter { $0.hasPrefix("+ ") }.map { String($0.dropFirst(2)) }, saved)
    }

    @Test func aChangedFieldRewritesItsScalar() throws {
        let d = try Self.diff(Self.example()) { $0.earlyTermination?.slackFactor = 0.1 }
        #expect(d.removed == ["    slack_factor: 0.2"] && d.added == ["    slack_factor: 0.1"])
        let e = try Self.diff(Self.example()) { $0.earlyTermination?.evaluationInterval = 3 }
        #expect(e.removed == ["    evaluation_interval: 2"] && e.added == ["    evaluation_interval: 3"])
    }

    @Test func anAddedFieldIsOneLineAndARemovedFieldLosesItsLine() throws {
        let added = try Self.diff(Self.example()) { $0.earlyTermination?.slackAmount = 0.05 }
        #expect(added.removed.isEmpty && added.added == ["    slack_amount: 0.05"])
        #expect(added.saved.contains("    delay_evaluation: 6\n    slack_amount: 0.05\n"), "after the block's last field")
        let removed = try Self.diff(Self.example()) { $0.earlyTermination?.delayEvaluation = nil }
        #expect(removed.removed == ["    delay_evaluation: 6"] && removed.added.isEmpty)
    }

    @Test func aNewTypeRewritesTypeAndTheFieldsItDoesNotShare() throws {
        let median = try Self.diff(Self.example()) { $0.earlyTermination = $0.earlyTermination?.converted(to: .medianStopping) }
        #expect(median.removed == ["    type: bandit", "    slack_factor: 0.2"] && median.added == ["    type: median_stopping"])
        let truncation = try Self.diff(Self.example()) { $0.earlyTermination = $0.earlyTermination?.converted(to: .truncationSelection) }
        #expect(truncation.removed == ["    type: bandit", "    slack_factor: 0.2"])
        #expect(truncation.added == ["    type: truncation_selection", "    truncation_percentage: 20"])
    }

    @Test func noPolicyRemovesTheBlock() throws {
        let d = try Self.diff(Self.example()) { $0.earlyTermination = nil }
        #expect(d.removed == ["  early_termination:", "    type: bandit", "    evaluation_interval: 2",
                              "    slack_factor: 0.2", "    delay_evaluation: 6"] && d.added.isEmpty)
    }

    static let noPolicy = """
        type: automl
        task: image_classification
        limits:
          max_trials: 10
        sweep:
          sampling_algorithm: grid  # every point
        search_space:
          - model_name: {type: choice, values: [resnet50]}

        """

    @Test func aNewPolicyGoesAfterSamplingAlgorithm() throws {
        let d = try Self.diff(Self.noPolicy) { $0.samplingAlgorithm = .random; $0.earlyTermination = .starter(.bandit) }
        #expect(d.removed == ["  sampling_algorithm: grid  # every point"])
        #expect(d.saved.contains("""
              sampling_algorithm: random  # every point
              early_termination:
                type: bandit
                evaluation_interval: 2
                delay_evaluation: 6
                slack_factor: 0.2
            search_space:
            """), "\(d.saved)")
    }

    @Test func aJobWithoutSweepGetsOne() throws {
        let text = Self.noPolicy.replacingOccurrences(of: "sweep:\n  sampling_algorithm: grid  # every point\n", with: "")
        let d = try Self.diff(text) { $0.earlyTermination = .starter(.truncationSelection) }
        #expect(d.removed.isEmpty)
        #expect(d.added == ["sweep:", "  sampling_algorithm: random", "  early_termination:", "    type: truncation_selection",
                            "    evaluation_interval: 1", "    delay_evaluation: 5", "    truncation_percentage: 20", ""])
        // where Azure's examples put it: just before search_space:, a blank line between
        let algorithmOnly = try Self.diff(text) { $0.samplingAlgorithm = .grid }
        #expect(algorithmOnly.added == ["sweep:", "  sampling_algorithm: grid", ""])
        #expect(algorithmOnly.saved.contains("sweep:\n  sampling_algorithm: grid\n\nsearch_space:"), "\(algorithmOnly.saved)")
        // the comment that introduces search_space stays with it
        let commented = text.replacingOccurrences(of: "search_space:", with: "# what to sweep\nsearch_space:")
        let above = try Self.diff(commented) { $0.samplingAlgorithm = .grid }
        #expect(above.saved.contains("sweep:\n  sampling_algorithm: grid\n\n# what to sweep\nsearch_space:"), "\(above.saved)")
    }

    static let commented = """
        type: automl
        task: image_classification
        sweep:
          sampling_algorithm: random
          # stop the laggards
          early_termination:
            type: bandit        # the usual one
            # how often
            evaluation_interval: 1
            slack_amount: 0.1   # in accuracy points
          # end of the policy
        search_space:
          - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}

        """

    @Test func commentsInsideAndAroundTheBlockStay() throws {
        let median = try Self.diff(Self.commented) { $0.earlyTermination = $0.earlyTermination?.converted(to: .medianStopping) }
        #expect(median.removed == ["    type: bandit        # the usual one", "    slack_amount: 0.1   # in accuracy points"])
        #expect(median.added == ["    type: median_stopping        # the usual one", "    delay_evaluation: 5"], "the starter fills what bandit left unset")
        let removed = try Self.diff(Self.commented) { $0.earlyTermination = nil }
        #expect(removed.saved.contains("  # stop the laggards\n  # end of the policy\n"), "\(removed.saved)")
        let changed = try Self.diff(Self.commented) { $0.earlyTermination?.slackAmount = 0.2 }
        #expect(changed.added == ["    slack_amount: 0.2   # in accuracy points"])
    }

    @Test func aFlowPolicyStaysOnItsLine() throws {
        let text = Self.noPolicy.replacingOccurrences(of: "  sampling_algorithm: grid  # every point\n",
            with: "  sampling_algorithm: random\n  early_termination: {type: bandit, slack_factor: 0.1}\n")
        let d = try Self.diff(text) { $0.earlyTermination?.slackFactor = 0.3; $0.earlyTermination?.delayEvaluation = 4 }
        #expect(d.removed == ["  early_termination: {type: bandit, slack_factor: 0.1}"])
        #expect(d.added == ["  early_termination: {type: bandit, delay_evaluation: 4, slack_factor: 0.3}"])
    }

    @Test func aNullFieldGetsItsValue() throws {
        let text = Self.commented.replacingOccurrences(of: "evaluation_interval: 1", with: "evaluation_interval: null")
        let d = try Self.diff(text) { $0.earlyTermination?.evaluationInterval = 4 }
        #expect(d.removed == ["    evaluation_interval: null"] && d.added == ["    evaluation_interval: 4"])
    }

    /// Every policy to every other (and none), on the example job: the save reads back as the
    /// edit, and only lines of the sweep block change.
    @Test func everyPolicyToEveryOther() throws {
        let policies: [EarlyTermination?] = [nil, .starter(.bandit), EarlyTermination(.bandit, slackAmount: 0.05),
                                             .starter(.medianStopping), .starter(.truncationSelection)]
        for from in policies {
            var doc = try DocumentReader.read(Self.example())
            doc.space.job.earlyTermination = from
            let start = DocumentWriter.save(doc)
            for to in policies {
                let d = try Self.diff(start) { $0.earlyTermination = to }
                let sweepLines = Set(start.split(separator: "\n").map(String.init) + d.saved.split(separator: "\n").map(String.init))
                    .filter { $0.hasPrefix("    ") && !$0.hasPrefix("      ") || $0 == "  early_termination:" }
                #expect((d.removed + d.added).allSatisfy { sweepLines.contains($0) }, "\(String(describing: from)) -> \(String(describing: to)): \(d)")
            }
        }
    }

    @Test func limitsChangeAddAndLeave() throws {
        let changed = try Self.diff(Self.example()) { $0.timeoutMinutes = 90 }
        #expect(changed.removed == ["  timeout_minutes: 120"] && changed.added == ["  timeout_minutes: 90"])
        for (name, clear) in [("timeout_minutes", { (j: inout JobSettings) in j.timeoutMinutes = nil }),
                              ("max_trials", { (j: inout JobSettings) in j.maxTrials = nil }),
                              ("max_concurrent_trials", { (j: inout JobSettings) in j.maxConcurrentTrials = nil })] {
            let d = try Self.diff(Self.example(), clear)
            #expect(d.removed.count == 1 && d.removed[0].hasPrefix("  \(name): ") && d.added.isEmpty, "\(name): \(d)")
        }
        let none = try Self.diff(Self.example()) { $0.timeoutMinutes = nil; $0.maxTrials = nil; $0.maxConcurrentTrials = nil }
        #expect(none.removed == ["limits:", "  timeout_minutes: 120", "  max_trials: 20", "  max_concurrent_trials: 4"] && none.added.isEmpty)
        let added = try Self.diff(Self.noPolicy) { $0.timeoutMinutes = 45 }
        #expect(added.removed.isEmpty && added.added == ["  timeout_minutes: 45"])
    }

    /// The full job export writes the job's own policy, or none.
    @Test func theJobExportWritesThePolicy() throws {
        var space = try DocumentReader.read(Self.example()).space
        space.job.earlyTermination = EarlyTermination(.truncationSelection, evaluationInterval: 3, truncationPercentage: 15)
        let skeleton = DocumentWriter.jobSkeleton(space)
        #expect(try DocumentReader.read(skeleton).space.job.earlyTermination == space.job.earlyTermination)
        space.job.earlyTermination = nil
        #expect(!DocumentWriter.jobSkeleton(space).contains("early_termination"))
    }

    /// A pipeline's AutoML step: the policy's lines change at the step's indentation, nothing else.
    @Test func aPipelineStepKeepsItsIndentation() throws {
        let text = """
            type: pipeline
            jobs:
              train:
                type: automl
                task: image_classification
                sweep:
                  sampling_algorithm: random
                  early_termination:
                    type: bandit
                    slack_factor: 0.2
                search_space:
                  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}

            """
        let d = try Self.diff(text) { $0.earlyTermination?.slackFactor = 0.1; $0.earlyTermination?.delayEvaluation = 4 }
        #expect(d.removed == ["        slack_factor: 0.2"] && d.added == ["        slack_factor: 0.1", "        delay_evaluation: 4"], "\(d)")
        let gone = try Self.diff(text) { $0.earlyTermination = nil }
        #expect(gone.removed.count == 3 && gone.added.isEmpty, "\(gone)")
    }

    /// An AutoMode job takes limits; a policy waits for the first setting of the space (a sweep:
    /// without search_space would not read back), and the document says so.
    @Test func anAutoModeJobSaysWhatItDoesNotSave() throws {
        var doc = try DocumentReader.read(AutoModeJobTests.job)
        #expect(doc.sweepSettingNotSaved(.maxTrials) == nil)
        #expect(doc.sweepSettingNotSaved(.earlyTermination)?.contains("AutoMode") == true)
        doc.space.job.earlyTermination = .starter(.bandit)
        doc.space.job.maxTrials = 12
        let saved = DocumentWriter.save(doc)
        #expect(try DocumentReader.read(saved).isAutoMode && saved.contains("  max_trials: 12\n") && !saved.contains("early_termination"))
        doc.space.subspaces = [Subspace()]
        doc.space.subspaces[0][.learningRate] = .fixed(.float(0.01))
        let manual = try DocumentReader.read(DocumentWriter.save(doc))
        #expect(manual.space.job.earlyTermination == .starter(.bandit), "the first setting brings the sweep block with the policy")
        let list = try DocumentReader.read("- learning_rate: 0.01\n")
        #expect(list.sweepSettingNotSaved(.timeoutMinutes)?.contains("no job around it") == true && !list.savesSweepSettings)
    }
}

/// A job written as JSON: its search space is edited as JSON (the job writer's YAML lines would
/// break it), and its sweep settings are not offered for saving.
struct JSONJobTests {
    static let job = """
        {
          "type": "automl",
          "task": "image_classification",
          "limits": {"max_trials": 10},
          "sweep": {"sampling_algorithm": "random", "early_termination": {"type": "bandit", "slack_factor": 0.2}},
          "search_space": [{"learning_rate": {"type": "uniform", "min_value": 0.001, "max_value": 0.01}}]
        }

        """

    @Test func aHyperparameterEditKeepsTheJSON() throws {
        var doc = try DocumentReader.read(Self.job)
        #expect(doc.form.shape == .job && doc.form.syntax == .json)
        #expect(doc.space.job.earlyTermination == EarlyTermination(.bandit, slackFactor: 0.2))
        doc.space.subspaces[0][.learningRate] = .fixed(.float(0.01))
        let saved = DocumentWriter.save(doc)
        let changes = LineDiff.changes(from: Self.job, to: saved, limit: 100)
        #expect(changes == ["-   \"search_space\": [{\"learning_rate\": {\"type\": \"uniform\", \"min_value\": 0.001, \"max_value\": 0.01}}]",
                            "+   \"search_space\": [{\"learning_rate\": 0.01}]"], "\(saved)")
        #expect(try DocumentReader.read(saved).space == doc.space)
        #expect(doc.sweepSettingNotSaved(.earlyTermination)?.contains("YAML files only") == true)
    }
}
