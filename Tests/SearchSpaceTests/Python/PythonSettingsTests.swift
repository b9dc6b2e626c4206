import Foundation
import Testing
@testable import SearchSpace

/// A job's settings spread over several calls and notebook cells: read from every call on the
/// job variable while it holds the job (PythonJob), merged as the SDK merges them, and saved
/// back into the call and cell each came from. Early termination policies by their fields.
struct PythonSettingsTests {
    static let separate = "python/fridge-separate-cells.ipynb"

    func separateCells() throws -> Document {
        try #require(read(try Fixtures.text(Self.separate), path: "sep.ipynb"))
    }

    /// The notebook's lines that differ from `before`, as pairs (old line, new line).
    func changedLines(_ before: String, _ after: String) -> [String] {
        let old = before.components(separatedBy: "\n"), new = after.components(separatedBy: "\n")
        return new.filter { !old.contains($0) }
    }

    @Test func settingsInOtherCellsAreReadWithTheirCell() throws {
        let doc = try separateCells()
        #expect(doc.form.cell == 11)  // cell 12 has the extend_search_space call
        let job = doc.space.job
        // cell 9 sets 240 / 20 / 2, cell 11 overrides max_concurrent_trials only; cell 6's limits
        // are of the job made before cell 8 made a new one under the same name
        #expect(job.timeoutMinutes == 240 && job.maxTrials == 20 && job.maxConcurrentTrials == 4)
        #expect(job.samplingAlgorithm == .random)
        #expect(job.earlyTermination == EarlyTermination(.medianStopping, evaluationInterval: 1, delayEvaluation: 5))
        #expect(doc.locations.locate(.job, "max_trials", .value) == SourceLocation(line: 3, column: 16, cell: 9))
        #expect(doc.locations.locate(.job, "max_concurrent_trials", .value) == SourceLocation(line: 1, column: 59, cell: 11))
        #expect(doc.locations.locate(.job, "early_termination", .value) == SourceLocation(line: 3, column: 23, cell: 13))
        // cell 6's set_training_parameters(model_name=...) belongs to the old job
        var fixed = Subspace()
        fixed[.earlyStopping] = .fixed(.bool(true))
        fixed[.evaluationFrequency] = .fixed(.int(1))
        #expect(doc.space.trainingParameters == fixed)
    }

    @Test func anUnreadableValueInAnotherCellNamesThatCell() throws {
        let text = try Fixtures.text(Self.separate).replacingOccurrences(of: "set_limits(max_concurrent_trials=4)",
                                                                        with: "set_limits(max_concurrent_trials=n)")
        let error = try #require(loadError(text, path: "sep.ipynb"))
        #expect(error.description == "sep.ipynb:1:59: error: in cell 11: the variable 'n' is not a literal: "
            + "sweepedit reads literals only and evaluates nothing; write the value itself")
    }

    @Test func theOldJobsCallsAreNotRead() throws {
        // a variable in a call on the job made before: not this job's, so not an error
        let text = try Fixtures.text(Self.separate).replacingOccurrences(of: "max_trials=10,", with: "max_trials=trials,")
        let doc = try #require(read(text, path: "sep.ipynb"))
        #expect(doc.space.job.maxTrials == 20)
    }

    /// Each change goes into the call it was read from, in its cell; every other byte stays.
    @Test func aChangeIsSavedInTheCellItCameFrom() throws {
        var doc = try separateCells()
        doc.space.job.maxTrials = 30
        doc.space.job.maxConcurrentTrials = 3
        doc.space.job.earlyTermination?.delayEvaluation = 8
        doc.space.trainingParameters[.optimizer] = .fixed(.string("adamw"))
        let saved = DocumentWriter.save(doc)
        #expect(saved.components(separatedBy: "\n").count == doc.originalText.components(separatedBy: "\n").count)
        #expect(changedLines(doc.originalText, saved) == [
            "    \"    max_trials=30,\\n\",",
            "    \"image_classification_job.set_limits(max_concurrent_trials=3)\"",
            "    \"        evaluation_interval=1, delay_evaluation=8\\n\",",
            "    \"image_classification_job.set_training_parameters(early_stopping=True, evaluation_frequency=1, optimizer=\\\"adamw\\\")\"",
        ])
        let back = try #require(read(saved, path: "sep.ipynb"))
        #expect(back.space.job == doc.space.job && back.space.trainingParameters == doc.space.trainingParameters)
    }

    @Test func anotherPolicyReplacesTheExpressionAndIsImportedOnce() throws {
        var doc = try separateCells()
        doc.space.job.earlyTermination = EarlyTermination(.bandit, slackFactor: 0.1)
        doc.space.job.timeoutMinutes = nil
        let saved = DocumentWriter.save(doc)
        #expect(changedLines(doc.originalText, saved) == [
            "    \"    timeout_minutes=None,\\n\",",
            "    \"from azure.ai.ml.sweep import BanditPolicy\\n\",",
            "    \"    early_termination=BanditPolicy(slack_factor=0.1),\\n\",",
        ])
        let back = try #require(read(saved, path: "sep.ipynb"))
        #expect(back.space.job == doc.space.job)
    }

    @Test func aSettingNoCallMakesGetsACallAfterTheSearchSpace() throws {
        let text = "import x\njob.extend_search_space([SearchSpace(model_name=\"a\")])\n"
        var doc = try #require(read(text, path: "one.py"))
        doc.space.job.earlyTermination = .starter(.truncationSelection)
        doc.space.job.timeoutMinutes = 45
        let saved = DocumentWriter.save(doc)
        // set_sweep needs its sampling_algorithm, so a new call has it
        #expect(saved == "import x\nfrom azure.ai.ml.sweep import TruncationSelectionPolicy\n"
            + "job.extend_search_space([SearchSpace(model_name=\"a\")])\n\n"
            + "job.set_sweep(sampling_algorithm=\"Random\", early_termination=TruncationSelectionPolicy("
            + "evaluation_interval=1, delay_evaluation=5, truncation_percentage=20))\n\njob.set_limits(timeout_minutes=45)\n")
        let back = try #require(read(saved, path: "one.py"))
        #expect(back.space.job == doc.space.job)
    }

    /// A removed value is None in every call that gave it one: the SDK keeps an earlier call's
    /// value when a later one passes None.
    @Test func aRemovedValueIsNoneInEveryCallThatSetIt() throws {
        let text = "import x\njob.set_limits(max_trials=4)\njob.extend_search_space([])\njob.set_limits(max_trials=8)\n"
        var doc = try #require(read(text, path: "two.py"))
        #expect(doc.space.job.maxTrials == 8)
        doc.space.job.maxTrials = nil
        let saved = DocumentWriter.save(doc)
        #expect(saved == "import x\njob.set_limits(max_trials=None)\njob.extend_search_space([])\njob.set_limits(max_trials=None)\n")
        #expect(try #require(read(saved, path: "two.py")).space.job.maxTrials == nil)
    }

    @Test func noneKeepsAnEarlierPolicyAsTheSDKDoes() throws {
        let doc = try #require(read(try Fixtures.text("python/bandit-slack-amount.py"), path: "b.py"))
        #expect(doc.space.job.samplingAlgorithm == .grid)
        #expect(doc.space.job.earlyTermination == EarlyTermination(.bandit, evaluationInterval: 1, slackAmount: 0.05))
        #expect(doc.space.job.timeoutMinutes == 30)
    }

    @Test func cellChoosesWhichJobWhenANotebookHasSeveral() throws {
        func cell(_ source: String) -> String {
            "{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"source\": \(JSONText.string(source))}"
        }
        let text = "{\"cells\": [" + [
            cell("job = automl.image_classification(compute=\"c\")\njob.set_limits(max_trials=5)"),
            cell("job.extend_search_space([SearchSpace(model_name=\"a\")])"),
            cell("job = automl.image_classification(compute=\"c\")\njob.set_limits(max_trials=7)"),
            cell("job.extend_search_space([SearchSpace(model_name=\"b\")])\njob.set_sweep(sampling_algorithm=\"Grid\")"),
        ].joined(separator: ", ") + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}"
        let first = try PythonDocument.read(text, path: "two.ipynb")
        #expect(first.form.cell == 1 && first.space.job.maxTrials == 5 && first.space.job.samplingAlgorithm == .random)
        let second = try PythonDocument.read(text, path: "two.ipynb", cell: 4)
        #expect(second.space.job.maxTrials == 7 && second.space.job.samplingAlgorithm == .grid)
        #expect(second.space.subspaces.first?[.modelName] == .fixed(.string("b")))
        // saving the second job changes the third cell, never the first
        var edited = second
        edited.space.job.maxTrials = 9
        let saved = DocumentWriter.save(edited)
        #expect(saved == text.replacingOccurrences(of: "max_trials=7", with: "max_trials=9"))
    }

    /// Policies by their keyword arguments only; anything else is an error at its place that names it.
    @Test(arguments: [
        ("MedianStoppingPolicy(1, 5)", "3:83", "MedianStoppingPolicy takes keyword arguments only"),
        ("BanditPolicy(slack=0.1)", "3:75", "BanditPolicy has no parameter 'slack'; it takes evaluation_interval, "
            + "delay_evaluation, slack_factor, slack_amount"),
        ("TruncationSelectionPolicy(truncation_percentage=12.5)", "3:110", "truncation_percentage must be an integer, found a float"),
        ("MyPolicy()", "3:62", "early_termination must be None or one of BanditPolicy, MedianStoppingPolicy, "
            + "TruncationSelectionPolicy"),
        ("BanditPolicy(slack_factor=factor)", "3:88", "the variable 'factor'"),
    ])
    func aPolicyIsReadAsLiteralsOnly(_ input: (String, String, String)) throws {
        let text = "import x\njob.extend_search_space([])\njob.set_sweep(sampling_algorithm=\"Random\", early_termination="
            + input.0 + ")\n"
        let error = try #require(loadError(text, path: "p.py"))
        #expect(error.location?.description == input.1, "\(error)")
        #expect(error.message.contains(input.2), "\(error)")
    }

    @Test func theExportWritesTheJobsPolicyAndTimeout() throws {
        var space = Document.new().space
        space.job.earlyTermination = EarlyTermination(.medianStopping, evaluationInterval: 3)
        space.job.timeoutMinutes = 90
        let code = PythonWriter.export(space)
        let imports = code.components(separatedBy: "\n").first { $0.hasPrefix("from azure.ai.ml.sweep import ") }
        #expect(imports?.components(separatedBy: ", ").contains("MedianStoppingPolicy") == true, "\(imports ?? "")")
        #expect(code.contains("early_termination=MedianStoppingPolicy(evaluation_interval=3)"))
        #expect(code.contains("set_limits(timeout_minutes=90, "))
        #expect(!code.contains("BanditPolicy"))
        let back = try #require(read(code, path: "export.py"))
        #expect(back.space.job.earlyTermination == space.job.earlyTermination && back.space.job.timeoutMinutes == 90)
    }
}

extension PythonSettingsTests {
    /// IPython lines are not Python: `%pip` and `!ls` lines and a `%%writefile` cell are left
    /// out of the reading (a call written in a cell magic's file is not the job's), and stay as
    /// they were in a save.
    @Test func ipythonLinesAndCellMagicsAreNotRead() throws {
        let magic = "%pip install 'azure-ai-ml==1.35.2\n!echo \"it's\nx = (1\n     != 2)\n"
        #expect(PythonJob.lexable(magic, notebook: true) == "                                 \n           \nx = (1\n     != 2)\n")
        let cellMagic = "%%writefile train.py\njob.set_limits(max_trials=99)\n"
        #expect(PythonJob.lexable(cellMagic, notebook: true).allSatisfy { $0 == " " || $0 == "\n" })
        #expect(PythonJob.lexable(cellMagic, notebook: false) == cellMagic)
    }
}
