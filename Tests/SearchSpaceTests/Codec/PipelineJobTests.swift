import Testing
@testable import SearchSpace

/// Pipeline jobs: the AutoML image classification step under `jobs:` is read, validated and
/// saved; a save changes that step's lines only.
struct PipelineJobTests {
    static let twoSteps = """
        type: pipeline
        settings:
          default_compute: azureml:gpu-cluster
        jobs:
          # the first step: a small sweep
          classify_small:
            type: automl
            task: image_classification
            limits:
              max_trials: 4
            sweep:
              sampling_algorithm: random
            search_space:
              - model_name:
                  type: choice
                  values: [resnet50]
                learning_rate:
                  type: uniform
                  min_value: 0.001   # lower
                  max_value: 0.01

          classify_vit:
            type: automl
            task: image_classification_multilabel
            limits:
              max_trials: 10
            sweep:
              sampling_algorithm: grid
            search_space:
              - model_name:
                  type: choice
                  values: [vitb16r224, vits16r224]   # two ViTs
                number_of_epochs:
                  type: choice
                  values: [15, 30]
        # a comment at the left edge
          register:
            type: command
            command: echo done

        """

    /// The lines of `a` and `b` that differ, as (line number, old, new), same line count assumed.
    static func changedLines(_ a: String, _ b: String) -> [Int] {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(x.count == y.count, "the save added or removed lines:\n\(b)")
        return zip(x, y).enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
    }

    @Test func severalStepsNeedNodeAndTheErrorListsThem() throws {
        let error = try #require(loadError(Self.twoSteps))
        #expect(error.description.contains("classify_small, classify_vit"), "\(error)")
        #expect(error.description.contains("--node"), "\(error)")
        do {
            _ = try DocumentReader.read(Self.twoSteps, path: "p.yml", node: "register")
            Issue.record("register is a command step")
        } catch {
            #expect(error.description.contains("is not an AutoML image classification step"), "\(error)")
        }
    }

    @Test func nodePicksTheStepAndMessagesPointIntoThePipeline() throws {
        let doc = try DocumentReader.read(Self.twoSteps, path: "p.yml", node: "classify_vit")
        #expect(doc.pipelineStep == "classify_vit")
        #expect(doc.space.job.task == .imageClassificationMultilabel)
        #expect(doc.space.job.samplingAlgorithm == .grid)
        #expect(doc.space.job.maxTrials == 10)
        #expect(doc.space.subspaces.count == 1)
        #expect(doc.locations.locate(.subspace(0), "number_of_epochs", .key) == SourceLocation(line: 33, column: 9))
    }

    @Test func aBoundEditChangesOnlyThatLineOfTheStep() throws {
        var doc = try DocumentReader.read(Self.twoSteps, path: "p.yml", node: "classify_small")
        doc.space.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.002), max: .float(0.01)))
        let saved = DocumentWriter.save(doc)
        #expect(Self.changedLines(Self.twoSteps, saved) == [19], "\(saved)")
        let back = try DocumentReader.read(saved, node: "classify_small")
        #expect(back.space == doc.space)
    }

    @Test func aRewrittenSearchSpaceStaysInsideItsStep() throws {
        var doc = try DocumentReader.read(Self.twoSteps, path: "p.yml", node: "classify_vit")
        doc.space.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.01)))
        doc.space.job.maxTrials = 12
        let saved = DocumentWriter.save(doc)
        let before = Self.twoSteps.split(separator: "\n", omittingEmptySubsequences: false)
        let after = saved.split(separator: "\n", omittingEmptySubsequences: false)
        // the lines before the step's keys and from the left-edge comment on are the same bytes
        #expect(Array(after.prefix(22)) == Array(before.prefix(22)))
        #expect(Array(after.suffix(5)) == Array(before.suffix(5)), "\(saved)")
        let back = try DocumentReader.read(saved, node: "classify_vit")
        #expect(back.space == doc.space)
        #expect(try DocumentReader.read(saved, node: "classify_small").space
                == DocumentReader.read(Self.twoSteps, node: "classify_small").space)
    }

    @Test func crlfLinesStayCRLF() throws {
        let text = Self.twoSteps.replacingOccurrences(of: "\n", with: "\r\n")
        var doc = try DocumentReader.read(text, node: "classify_small")
        doc.space.subspaces[0][.numberOfEpochs] = .fixed(.int(20))
        let saved = DocumentWriter.save(doc)
        #expect(!saved.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF in a CRLF file")
        #expect(try DocumentReader.read(saved, node: "classify_small").space == doc.space)
    }

    @Test func aFlowStyleStepIsRefusedWithItsPlace() throws {
        let error = try #require(loadError("""
            type: pipeline
            jobs:
              step: {type: automl, task: image_classification, search_space: []}
            """))
        #expect(error.description.contains("flow style"), "\(error)")
    }

    @Test func aPipelineWithoutAnImageClassificationStepSaysWhatItHas() throws {
        let error = try #require(loadError("""
            type: pipeline
            jobs:
              train:
                type: command
                command: python train.py
            """))
        #expect(error.description.contains("train (command)"), "\(error)")
    }
}
