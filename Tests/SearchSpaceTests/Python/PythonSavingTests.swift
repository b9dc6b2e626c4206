import Foundation
import Testing
@testable import SearchSpace

/// Saving Python source and notebooks: only the text of the calls that changed is replaced.
struct PythonSavingTests {
    func fridge() throws -> Document {
        try #require(read(try Fixtures.text("python/fridge-multiclass.py"), path: "fridge.py"))
    }

    /// The changed lines of `after` against `before`, as (first differing line, last from the end).
    func changedLines(_ before: String, _ after: String) -> [String] {
        let a = before.components(separatedBy: "\n"), b = after.components(separatedBy: "\n")
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        return Array(b[start..<endB])
    }

    @Test func anUnchangedFileSavesByteForByte() throws {
        for name in ["python/fridge-multiclass.py", "python/fridge-multilabel.py", "python/every-distribution.py",
                     "python/fridge-multiclass.ipynb", "python/fridge-separate-cells.ipynb", "python/truncation-selection.py",
                     "python/bandit-slack-amount.py"] {
            let text = try Fixtures.text(name)
            let doc = try #require(read(text, path: name))
            #expect(DocumentWriter.save(doc) == text, "\(name)")
        }
    }

    @Test func aChangedBoundRewritesOnlyTheSearchSpaceCall() throws {
        var doc = try fridge()
        doc.space.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.05)))
        let saved = DocumentWriter.save(doc)
        let before = doc.originalText
        // everything before the call and after it is the original text
        let callStart = try #require(before.range(of: "image_classification_job.extend_search_space("))
        #expect(saved.hasPrefix(String(before[..<callStart.upperBound])))
        let sweep = try #require(before.range(of: "\n\nimage_classification_job.set_sweep("))
        #expect(saved.hasSuffix(String(before[sweep.lowerBound...])))
        #expect(changedLines(before, saved) == ["            learning_rate=Uniform(0.001, 0.05),"])
        let back = try #require(read(saved, path: "fridge.py"))
        #expect(back.space.subspaces == doc.space.subspaces)
    }

    @Test func aRemovedParameterTakesItsLineAndANewOneGetsALine() throws {
        var doc = try fridge()
        doc.space.subspaces[1][.layersToFreeze] = .unset
        doc.space.subspaces[0][.weightDecay] = .fixed(.float(0.0001))
        let saved = DocumentWriter.save(doc)
        let expected = doc.originalText
            .replacingOccurrences(of: "            layers_to_freeze=Choice([0, 2]),\n", with: "")
            .replacingOccurrences(of: "            gradient_accumulation_step=Choice([1, 2]),\n",
                                  with: "            gradient_accumulation_step=Choice([1, 2]),\n            weight_decay=0.0001,\n")
        #expect(saved == expected)
        let back = try #require(read(saved, path: "fridge.py"))
        #expect(back.space.subspaces == doc.space.subspaces)
    }

    @Test func argumentsOnOneLineStayOnOneLine() throws {
        let text = "import x\njob.extend_search_space([SearchSpace(model_name=\"a\", learning_rate=0.01)])\n"
        var doc = try #require(read(text, path: "one.py"))
        doc.space.subspaces[0][.modelName] = .unset
        doc.space.subspaces[0][.momentum] = .fixed(.float(0.9))
        #expect(DocumentWriter.save(doc) == "import x\njob.extend_search_space([SearchSpace(learning_rate=0.01, momentum=0.9)])\n")
    }

    @Test func aCRLFFileKeepsItsLineEnds() throws {
        let text = try Fixtures.text("python/fridge-multiclass.py").replacingOccurrences(of: "\n", with: "\r\n")
        var doc = try #require(read(text, path: "crlf.py"))
        doc.space.subspaces[0][.weightDecay] = .fixed(.float(0.0001))
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("gradient_accumulation_step=Choice([1, 2]),\r\n            weight_decay=0.0001,\r\n"))
        #expect(!saved.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func anAddedSubspaceRewritesTheListInItsPlace() throws {
        var doc = try fridge()
        var third = Subspace()
        third[.modelName] = .fixed(.string("resnet18"))
        doc.space.subspaces.append(third)
        let saved = DocumentWriter.save(doc)
        let before = doc.originalText
        let listStart = try #require(before.range(of: "extend_search_space(\n    ["))
        #expect(saved.hasPrefix(String(before[..<listStart.upperBound])))
        #expect(saved.contains("        SearchSpace(\n            model_name=\"resnet18\",\n        ),\n    ]\n)\n"))
        let back = try #require(read(saved, path: "fridge.py"))
        #expect(back.space.subspaces == doc.space.subspaces)
    }

    @Test func aChangedLimitReplacesOnlyItsNumber() throws {
        var doc = try fridge()
        doc.space.job.maxTrials = 40
        doc.space.job.samplingAlgorithm = .grid
        let saved = DocumentWriter.save(doc)
        #expect(saved.components(separatedBy: "\n").filter { !doc.originalText.components(separatedBy: "\n").contains($0) }
            == ["    max_trials=40,", "    sampling_algorithm=\"Grid\","])
        #expect(saved.components(separatedBy: "\n").count == doc.originalText.components(separatedBy: "\n").count)
        let back = try #require(read(saved, path: "fridge.py"))
        #expect(back.space.job.maxTrials == 40 && back.space.job.samplingAlgorithm == .grid)
    }

    @Test func aNewDistributionClassIsImported() throws {
        var doc = try fridge()
        doc.space.subspaces[1][.weightDecay] = .swept(.loguniform(min: .float(-9.2103), max: .float(-6.9078)))
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("from azure.ai.ml.sweep import BanditPolicy, Choice, Uniform, LogUniform\n"))
        #expect(saved.contains("weight_decay=LogUniform(min_value=-9.2103, max_value=-6.9078),"))
        let back = try #require(read(saved, path: "fridge.py"))
        #expect(back.space.subspaces == doc.space.subspaces)
    }

    @Test func newTrainingParametersGoInACallOfTheirOwn() throws {
        var doc = try fridge()
        doc.space.trainingParameters[.optimizer] = .fixed(.string("sgd"))
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("image_classification_job.set_training_parameters(\n    optimizer=\"sgd\",\n)\n\n"
            + "image_classification_job.extend_search_space("))
        let back = try #require(read(saved, path: "fridge.py"))
        #expect(back.space.trainingParameters == doc.space.trainingParameters)
    }

    // MARK: notebooks

    func notebook() throws -> Document {
        try #require(read(try Fixtures.text("python/fridge-multiclass.ipynb"), path: "fridge.ipynb"))
    }

    @Test func aNotebookIsReadFromTheCellWithTheCall() throws {
        let doc = try notebook()
        #expect(doc.form.syntax == .notebook && doc.form.cell == 5)
        #expect(doc.form.label == "notebook cell 6")
        #expect(doc.space.subspaces.count == 2)
        #expect(doc.space.job.hasEarlyTermination)
        // the limits live in cell 4, on the same job: read from there, and placed there
        #expect(doc.space.job.maxTrials == 10 && doc.space.job.maxConcurrentTrials == 2 && doc.space.job.timeoutMinutes == 60)
        #expect(doc.locations.locate(.job, "max_trials", .value) == SourceLocation(line: 11, column: 68, cell: 4))
        #expect(doc.space.job.earlyTermination == EarlyTermination(.bandit, evaluationInterval: 2, delayEvaluation: 6, slackFactor: 0.2))
    }

    @Test func aNotebookErrorNamesTheCellAndItsLine() throws {
        let text = try Fixtures.text("python/fridge-multiclass.ipynb")
            .replacingOccurrences(of: "learning_rate=Uniform(0.001, 0.01)", with: "learning_rate=Uniform(low, 0.01)")
        let error = try #require(loadError(text, path: "nb.ipynb"))
        #expect(error.description == "nb.ipynb:11:35: error: in cell 6: the variable 'low' is not a literal: "
            + "sweepedit reads literals only and evaluates nothing; write the value itself")
    }

    @Test func cellSelectsTheCell() throws {
        let text = try Fixtures.text("python/fridge-multiclass.ipynb")
        #expect(throws: LoadError.self) { try PythonDocument.read(text, path: "nb.ipynb", cell: 1) }  // markdown
        #expect(throws: LoadError.self) { try PythonDocument.read(text, path: "nb.ipynb", cell: 4) }  // no call
        #expect(throws: LoadError.self) { try PythonDocument.read(text, path: "nb.ipynb", cell: 9) }
        let doc = try PythonDocument.read(text, path: "nb.ipynb", cell: 6)
        #expect(doc.form.cell == 5)
    }

    @Test func aNotebookIsReadAgainFromTheSameCell() throws {
        let text = try Fixtures.text("python/fridge-multiclass.ipynb")
        // a notebook whose first cell with the call is not the one the user chose
        let twice = text.replacingOccurrences(of: "\"%pip install azure-ai-ml==1.35.2\\n\"",
            with: "\"image_classification_job.extend_search_space([SearchSpace(model_name=\\\"resnet18\\\")])\\n\"")
        #expect(twice != text)
        let chosen = try PythonDocument.read(twice, path: "nb.ipynb", cell: 6)
        let again = try PythonDocument.reread(twice, path: "nb.ipynb", as: chosen.form)
        #expect(again.form.cell == 5 && again.space == chosen.space)
        #expect(try DocumentReader.read(twice, path: "nb.ipynb").form.cell == 1)
    }

    /// The notebook is spliced, never re-serialised: outside the cell's "source" every byte stays,
    /// unchanged lines keep their JSON spelling, and the result is a notebook Jupyter reads.
    @Test func savingANotebookChangesOnlyThatCellsSource() throws {
        var doc = try notebook()
        doc.space.subspaces[1][.learningRate] = .swept(.uniform(min: .float(0.002), max: .float(0.01)))
        doc.space.job.samplingAlgorithm = .grid
        let saved = DocumentWriter.save(doc)
        let before = doc.originalText
        #expect(saved.components(separatedBy: "\n").count == before.components(separatedBy: "\n").count)
        #expect(Set(saved.components(separatedBy: "\n")).subtracting(before.components(separatedBy: "\n")).sorted() == [
            "    \"            learning_rate=Uniform(0.002, 0.01),\\n\",",
            "    \"    sampling_algorithm=\\\"Grid\\\",\\n\",",
        ])
        // other cells, metadata and key order are as they were
        let cellStart = try #require(before.range(of: "\"source\": [\n    \"image_classification_job.extend_search_space"))
        #expect(saved.hasPrefix(String(before[..<cellStart.lowerBound])))
        let object = try JSONSerialization.jsonObject(with: Data(saved.utf8)) as? [String: Any]
        #expect((object?["cells"] as? [Any])?.count == 6)
        let back = try #require(read(saved, path: "fridge.ipynb"))
        #expect(back.space.subspaces == doc.space.subspaces)
        #expect(back.space.job.samplingAlgorithm == .grid)
    }

    @Test func aNotebookImportsFromItsOtherCellsCount() throws {
        var doc = try notebook()
        doc.space.subspaces[0][.weightDecay] = .swept(.choice([.float(0.0001), .float(0.001)]))
        let saved = DocumentWriter.save(doc)
        #expect(!saved.contains("import Choice\\n"), "Choice is imported in cell 3 already")
        doc.space.subspaces[0][.momentum] = .swept(.normal(mu: .float(0.9), sigma: .float(0.01)))
        let withNormal = DocumentWriter.save(doc)
        #expect(withNormal.contains("\"from azure.ai.ml.sweep import Normal\\n\","))
        let back = try #require(read(withNormal, path: "fridge.ipynb"))
        #expect(back.space.subspaces == doc.space.subspaces)
    }
}
