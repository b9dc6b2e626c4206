import Testing
@testable import SearchSpace

/// AutoMode jobs (limits.max_trials, no search_space, no sweep): read as an empty space with a
/// note; the first setting makes a manual sweep, saved as sweep: and search_space: at the end.
struct AutoModeJobTests {
    static let job = """
        $schema: https://azuremlsdk2.blob.core.windows.net/preview/0.0.1/autoMLJob.schema.json
        type: automl
        task: image_classification
        primary_metric: accuracy   # Azure's default

        limits:
          timeout_minutes: 60
          max_trials: 10
        """ + "\n"

    @Test func itReadsAsAnEmptySpaceAndValidatesWithANote() throws {
        let doc = try #require(read(Self.job))
        #expect(doc.isAutoMode)
        #expect(doc.space.subspaces.isEmpty)
        #expect(doc.space.job.maxTrials == 10)
        let found = Validator.check(doc)
        #expect(found.map(\.severity) == [.note])
        #expect(found.first?.message.contains("AutoMode") == true)
        #expect(found.first?.message.contains("10") == true)
    }

    @Test func anUnchangedSaveIsTheFileAsItWas() throws {
        let doc = try #require(read(Self.job))
        #expect(DocumentWriter.save(doc) == Self.job)
    }

    @Test func theFirstSettingAddsSweepAndSearchSpaceAndKeepsEveryLine() throws {
        var doc = try #require(read(Self.job))
        doc.space.subspaces = [Subspace()]
        doc.space.subspaces[0][.modelName] = .swept(.choice([.string("vitb16r224"), .string("seresnext")]))
        #expect(Validator.check(doc).contains { $0.severity == .note && $0.message.contains("manual sweep") })
        let saved = DocumentWriter.save(doc)
        #expect(saved.hasPrefix(Self.job), "every line of the file stays:\n\(saved)")
        #expect(saved.hasSuffix("""

            sweep:
              sampling_algorithm: random

            search_space:
              - model_name:
                  type: choice
                  values: [vitb16r224, seresnext]

            """), "\(saved)")
        let back = try #require(read(saved))
        #expect(!back.isAutoMode)
        #expect(back.space.subspaces == doc.space.subspaces)
        #expect(back.space.job.samplingAlgorithm == .random)
        var marked = doc
        marked.markSaved(text: saved, path: "job.yml")
        #expect(!marked.isAutoMode)
    }

    @Test func aLimitEditAndAPickedAlgorithmAreWrittenToo() throws {
        var doc = try #require(read(Self.job))
        doc.space.subspaces = [Subspace()]
        doc.space.subspaces[0][.numberOfEpochs] = .swept(.choice([.int(10), .int(20)]))
        doc.space.job.samplingAlgorithm = .grid
        doc.space.job.maxTrials = 2
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("  max_trials: 2\n"))
        #expect(saved.components(separatedBy: "sweep:").count == 2, "one sweep block:\n\(saved)")
        let back = try #require(read(saved))
        #expect(back.space.job.samplingAlgorithm == .grid)
        #expect(back.space.job.maxTrials == 2)
    }

    @Test func insideAPipelineStepTheBlocksAreIndentedIntoTheStep() throws {
        let pipeline = """
            type: pipeline
            jobs:
              automode:
                type: automl
                task: image_classification
                limits:
                  max_trials: 5
              after:
                type: command
                command: echo done

            """
        var doc = try DocumentReader.read(pipeline)
        #expect(doc.isAutoMode && doc.pipelineStep == "automode")
        doc.space.subspaces = [Subspace()]
        doc.space.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.01)))
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("""
                  max_trials: 5

                sweep:
                  sampling_algorithm: random

                search_space:
                  - learning_rate:
            """), "\(saved)")
        #expect(saved.hasSuffix("  after:\n    type: command\n    command: echo done\n"), "\(saved)")
        let back = try DocumentReader.read(saved)
        #expect(back.space.subspaces == doc.space.subspaces)
    }
}
