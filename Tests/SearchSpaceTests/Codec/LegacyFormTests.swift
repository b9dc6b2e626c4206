import Testing
@testable import SearchSpace
import TestSupport

/// Older files in the wild (azure-contract.md): expression strings in YAML, `sweep.limits`,
/// `grad_accumulation_step`, `image_model:`. Read with a note each; written in the modern form
/// with the same meaning.
struct LegacyFormTests {
    @Test func expressionStringsAreReadWithANoteAndWrittenAsDicts() throws {
        let doc = try #require(read(try Fixtures.text("corpus/09-cli-mc-2022-04-rest-strings.yaml")))
        #expect(doc.form.values == .dict)
        #expect(doc.space.subspaces[0][.modelName] == .swept(.choice([.string("vitb16r224"), .string("vits16r224")])))
        #expect(doc.space.subspaces[1][.layersToFreeze] == .swept(.choice([.int(0), .int(2)])))
        #expect(doc.legacy.count == 6)
        #expect(doc.legacy.first?.message == "the expression string \"choice('vitb16r224', 'vits16r224')\" is an old "
            + "form the current SDK rejects; it is saved as {type: choice, values: [vitb16r224, vits16r224]}")
        #expect(doc.legacy.first?.location == .init(line: 4, column: 17))

        let saved = DocumentWriter.save(doc)
        #expect(!saved.contains("\"uniform("))
        #expect(saved.contains("    learning_rate:\n      type: uniform\n      min_value: 0.001\n      max_value: 0.01\n"))
        let modern = try #require(read(saved))
        #expect(modern.legacy.isEmpty)
        #expect(modern.space.subspaces == doc.space.subspaces)
        // The comment line before the space stays as it was.
        #expect(saved.hasPrefix("# source: Azure/azureml-examples cli/jobs"))
    }

    @Test func sweepLimitsMoveToTopLevelLimits() throws {
        let text = try Fixtures.text("corpus/fridge-multiclass-legacy.yml")
        let doc = try #require(read(text))
        #expect(doc.space.job.maxTrials == 10)
        #expect(doc.space.job.maxConcurrentTrials == 2)
        #expect(doc.legacy.contains { $0.subject == .jobKey("limits") })
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("limits:\n  timeout_minutes: 60\n  max_trials: 10\n  max_concurrent_trials: 2\n"))
        #expect(saved.contains("sweep:\n  sampling_algorithm: random\n  early_termination:\n"))
        let modern = try #require(read(saved))
        #expect(modern.legacy.isEmpty)
        #expect(modern.space == doc.space)
        // Everything before limits: is byte for byte the same.
        let head = try #require(text.range(of: "limits:\n"))
        #expect(saved.hasPrefix(text[..<head.lowerBound]))
    }

    @Test func oldParameterNamesAreRenamedEverywhere() throws {
        let text = """
            type: automl
            task: image_classification
            image_model:
              grad_accumulation_step: 2   # old name
              early_stopping: true
            search_space:
              - grad_accumulation_step: {type: choice, values: [1, 2]}
                model_name: resnet50
            """
        let doc = try #require(read(text))
        #expect(doc.space.subspaces[0][.gradientAccumulationStep] == .swept(.choice([.int(1), .int(2)])))
        #expect(doc.space.trainingParameters[.gradientAccumulationStep] == .fixed(.int(2)))
        #expect(doc.legacy.count == 3)
        let saved = DocumentWriter.save(doc)
        #expect(saved == """
            type: automl
            task: image_classification
            training_parameters:
              gradient_accumulation_step: 2   # old name
              early_stopping: true
            search_space:
              - gradient_accumulation_step:
                  type: choice
                  values: [1, 2]
                model_name: resnet50
            """)
        let modern = try #require(read(saved))
        #expect(modern.legacy.isEmpty)
        #expect(modern.space == doc.space)
    }

    @Test func exportsAreModernToo() throws {
        let doc = try #require(read(try Fixtures.text("corpus/fridge-multiclass-legacy.yml")))
        for format in ExportFormat.allCases {
            let text = DocumentWriter.export(doc, as: format)
            let suffix = format == .rest || format == .json ? "json" : format == .python ? "py" : "yml"
            let again = try #require(read(text, path: "out." + suffix))
            #expect(again.legacy.isEmpty, "\(format)")
            #expect(again.space.subspaces == doc.space.subspaces, "\(format)")
        }
    }
}

/// Sweep settings of the wrong shape are refused with their place, not guessed at.
struct SweepShapeTests {
    @Test func limitsAndSweepMustBeMappings() {
        let job = "type: automl\ntask: image_classification\nsearch_space: []\n"
        #expect(loadError(job + "sweep:\n  limits:\n    - max_trials: 5\n")?.location == .init(line: 6, column: 5))
        #expect(loadError(job + "limits: 5\n")?.message == "limits must be a mapping (max_trials: ..., "
            + "max_concurrent_trials: ...), found an integer")
        #expect(loadError(job + "sweep: [random]\n")?.location == .init(line: 4, column: 8))
        #expect(read(job + "sweep:\nlimits:\n")?.space.job.maxTrials == nil)
    }
}

struct TrainingParametersShapeTests {
    @Test func aDistributionInTheFixedLayerIsRefused() {
        let error = loadError("type: automl\ntask: image_classification\ntraining_parameters:\n"
            + "  learning_rate: {type: uniform, min_value: 0.1, max_value: 0.2}\nsearch_space: []\n")
        #expect(error?.description == "bad.yml:4:18: error: learning_rate: training_parameters fixes one value for "
            + "every trial; a distribution belongs in search_space")
    }
}
