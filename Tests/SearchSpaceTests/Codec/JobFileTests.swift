import Testing
@testable import SearchSpace

/// A CLI v2 job YAML: sweepedit rewrites `search_space:` and the sweep settings it edits, and
/// leaves every other byte of the file (comments, blank lines, key order) as it was.
struct JobFileTests {
    static let job = """
        # A job with comments everywhere.
        $schema: https://azuremlsdk2.blob.core.windows.net/preview/0.0.1/autoMLJob.schema.json
        type: automl   # trailing comment
        experiment_name: "quoted: name"
        compute: azureml:gpu-cluster
        task: image_classification
        training_data:
          path: data/training-mltable-folder  # an MLTable folder
          type: mltable

        limits:
          timeout_minutes: 60
          max_trials: 10     # keep it small
          max_concurrent_trials: 2

        sweep:
          sampling_algorithm: random   # or grid
          early_termination:
            type: bandit
            evaluation_interval: 2

        search_space:
          - model_name:
              type: choice
              values: [vitb16r224, vits16r224]
            learning_rate:
              type: uniform
              min_value: 0.001
              max_value: 0.01

          - model_name: {type: choice, values: [seresnext]}
            layers_to_freeze: {type: randint, upper: 3}

        # Trailing notes stay too.
        outputs:
          best_model:
            type: mlflow_model

        """

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test func readsTheJobFacts() {
        let doc = read(Self.job)
        #expect(doc?.form.shape == .job)
        #expect(doc?.space.job == JobSettings(task: .imageClassification, samplingAlgorithm: .random,
                                              maxTrials: 10, maxConcurrentTrials: 2, timeoutMinutes: 60, earlyTermination: EarlyTermination(.bandit, evaluationInterval: 2)))
        #expect(doc?.space.subspaces.count == 2)
    }

    @Test func anUnchangedSpaceSavesIdenticalBytes() throws {
        let doc = try #require(read(Self.job))
        #expect(DocumentWriter.save(doc) == Self.job)
        #expect(DocumentWriter.export(doc, as: .job) == Self.job)
        for file in try Fixtures.files(in: "corpus") where file.pathExtension == "yml" {
            let text = try Fixtures.text("corpus/" + file.lastPathComponent)
            guard let corpusDoc = read(text), corpusDoc.legacy.isEmpty else { continue }
            #expect(DocumentWriter.save(corpusDoc) == text, "\(file.lastPathComponent)")
        }
    }

    @Test func editingABoundKeepsEverythingOutsideTheSpaceByteForByte() throws {
        var doc = try #require(read(Self.job))
        doc.space.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.05)))
        let saved = DocumentWriter.save(doc)
        let before = Self.lines(Self.job), after = Self.lines(saved)
        let start = try #require(before.firstIndex(of: "search_space:"))
        let tail = try #require(before.firstIndex(of: "# Trailing notes stay too."))
        #expect(after[..<start] == before[..<start])
        #expect(after.suffix(before.count - tail + 1) == before.suffix(before.count - tail + 1))
        #expect(saved.contains("      max_value: 0.05\n"))
        let reread = try #require(read(saved))
        #expect(reread.space == doc.space)
    }

    @Test func editingABoundRewritesOnlyThatScalar() throws {
        var doc = try #require(read(Self.job.replacingOccurrences(
            of: "  - model_name: {type: choice, values: [seresnext]}",
            with: "  # the ResNet family\n  - model_name: {type: choice, values: [seresnext]}  # one model")))
        let original = doc.originalText
        doc.space.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.002), max: .float(0.05)))
        doc.space.subspaces[1][.modelName] = .swept(.choice([.string("resnet 50")]))
        doc.space.subspaces[1][.layersToFreeze] = .swept(.randint(upper: .int(4)))
        let saved = DocumentWriter.save(doc)
        let changed = zip(Self.lines(original), Self.lines(saved)).filter { $0 != $1 }.map(\.1)
        #expect(changed == [
            "      min_value: 0.002",
            "      max_value: 0.05",
            "  - model_name: {type: choice, values: ['resnet 50']}  # one model",
            "    layers_to_freeze: {type: randint, upper: 4}",
        ])
        #expect(Self.lines(saved).count == Self.lines(original).count)
        #expect(read(saved)?.space.subspaces == doc.space.subspaces)
    }

    @Test func addingAParameterRewritesTheBlock() throws {
        var doc = try #require(read(Self.job))
        doc.space.subspaces[1][.optimizer] = .fixed(.string("adamw"))
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("    optimizer: adamw\n"))
        #expect(read(saved)?.space == doc.space)
        #expect(saved.hasSuffix("# Trailing notes stay too.\noutputs:\n  best_model:\n    type: mlflow_model\n"))
    }

    @Test func changingTheAlgorithmRewritesOnlyThatToken() throws {
        var doc = try #require(read(Self.job))
        doc.space.job.samplingAlgorithm = .grid
        let saved = DocumentWriter.save(doc)
        let changed = zip(Self.lines(Self.job), Self.lines(saved)).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1 == "  sampling_algorithm: grid   # or grid")
        #expect(Self.lines(saved).count == Self.lines(Self.job).count)
    }

    @Test func changingMaxTrialsRewritesOnlyThatToken() throws {
        var doc = try #require(read(Self.job))
        doc.space.job.maxTrials = 200
        doc.space.job.maxConcurrentTrials = 8
        let saved = DocumentWriter.save(doc)
        let changed = zip(Self.lines(Self.job), Self.lines(saved)).filter { $0 != $1 }
        #expect(changed.map(\.1) == ["  max_trials: 200     # keep it small", "  max_concurrent_trials: 8"])
        #expect(read(saved)?.space.job.maxTrials == 200)
    }

    @Test func addsLimitsAndSweepWhenTheJobHasNone() throws {
        let bare = "type: automl\ntask: image_classification\nsearch_space:\n  - optimizer: sgd\n"
        var doc = try #require(read(bare))
        doc.space.job.maxTrials = 30
        doc.space.job.samplingAlgorithm = .grid
        let saved = DocumentWriter.save(doc)
        let reread = try #require(read(saved))
        #expect(reread.space.job.maxTrials == 30)
        #expect(reread.space.job.samplingAlgorithm == .grid)
        #expect(saved.hasPrefix("type: automl\ntask: image_classification\n"))
    }

    @Test func keepsCRLFLineEndings() throws {
        let crlf = Self.job.replacingOccurrences(of: "\n", with: "\r\n")
        var doc = try #require(read(crlf))
        #expect(DocumentWriter.save(doc) == crlf)
        doc.space.job.samplingAlgorithm = .bayesian
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("  sampling_algorithm: bayesian   # or grid\r\n"))
        #expect(!saved.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func removingEverySubspaceWritesAnEmptyList() throws {
        var doc = try #require(read(Self.job))
        doc.space.subspaces = []
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("\nsearch_space: []\n"))
        #expect(read(saved)?.space.subspaces == [])
        #expect(saved.hasSuffix("    type: mlflow_model\n"))
    }

    @Test func trainingParametersAreTheFixedLayer() throws {
        let text = try Fixtures.text("corpus/fridge-multiclass-current.yml")
        let doc = try #require(read(text))
        #expect(doc.space.trainingParameters[.earlyStopping] == .fixed(.bool(true)))
        #expect(doc.space.trainingParameters[.evaluationFrequency] == .fixed(.int(1)))
        #expect(doc.space.baseValue(.evaluationFrequency).source == .trainingParameters)
    }

    @Test func theSkeletonIsAJobThatReadsBack() throws {
        var space = Document.new(task: .imageClassificationMultilabel).space
        space.trainingParameters[.earlyStopping] = .fixed(.bool(true))
        space.job.earlyTermination = .starter(.bandit)
        let text = DocumentWriter.jobSkeleton(space)
        let doc = try #require(read(text))
        #expect(doc.form.shape == .job)
        space.job.timeoutMinutes = 60  // the skeleton's time limit when the space has none
        #expect(doc.space == space)
        #expect(text.contains("primary_metric: iou"))
    }
}

/// Line breaks as libyaml counts them, so that edits land on the lines Yams' marks name.
struct TextEditsTests {
    @Test func keepsEveryKindOfLineBreak() {
        for text in ["a\nb\n", "a\r\nb\r\n", "a\rb", "a\u{85}b\n", "a\u{2028}b", "", "x", "a\n\n"] {
            #expect(TextEdits(text).applied() == text, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func aLoneCarriageReturnIsALineBreakAsForTheParser() throws {
        // A stray CR in a comment: libyaml counts it as a break, so must the editor of lines.
        let text = "# a comment\r# after a lone CR\ntask: image_classification\nsearch_space:\n  - optimizer: sgd\n"
        var doc = try #require(read(text))
        doc.space.subspaces[0][.optimizer] = .fixed(.string("adam"))
        let saved = DocumentWriter.save(doc)
        #expect(saved == "# a comment\r# after a lone CR\ntask: image_classification\nsearch_space:\n  - optimizer: adam\n")
    }

    @Test func newLinesTakeTheFilesLineEnding() {
        var edits = TextEdits("a\r\nb\r\n")
        edits.replace(lines: 1, 2, with: ["c", "d"])
        #expect(edits.applied() == "a\r\nc\r\nd\r\n")
        var mixed = TextEdits("a\r\nb\nc")
        mixed.replace(lines: 3, 3, with: ["d"])
        #expect(mixed.applied() == "a\r\nb\nc\nd")
    }
}

/// Random edits of one value at a time in every job-like fixture: the save changes one line at
/// most and reads back as the edited space.
struct ScalarEditPropertyTests {
    static func edited(_ setting: Setting, _ random: inout SeededRandom) -> Setting? {
        func number(like n: Number) -> Number {
            switch n {
            case .int: return .int(random.below(500))
            case .float: return .float(Double(random.below(100_000)) / 1000)
            }
        }
        switch setting {
        case .fixed(.int): return .fixed(.int(random.below(500)))
        case .fixed(.float): return .fixed(.float(Double(random.below(100_000)) / 10_000))
        case .fixed(.bool(let b)): return .fixed(.bool(!b))
        case .fixed(.string): return .fixed(.string(random.pick(["resnet50", "seresnext", "sgd", "a b", "x,y"])))
        case .swept(.choice(var values)) where !values.isEmpty:
            let j = random.below(values.count)
            switch values[j] {
            case .int: values[j] = .int(random.below(500))
            case .float: values[j] = .float(Double(random.below(1000)) / 7)
            case .bool(let b): values[j] = .bool(!b)
            case .string: values[j] = .string(random.pick(["mobilenetv2", "resnet 18", "vit,b", "o'brien"]))
            }
            return .swept(.choice(values))
        case .swept(let d) where d.kind != .choice:
            var parameters = d.parameters
            let j = random.below(parameters.count)
            parameters[j] = number(like: parameters[j])
            return Distribution(kind: d.kind, parameters: parameters).map(Setting.swept)
        default:
            return nil
        }
    }

    @Test func oneEditChangesOneLineAtMost() throws {
        var random = SeededRandom(seed: 42)
        var saves = 0
        for folder in ["compat", "corpus"] {
            for url in try Fixtures.files(in: folder) where url.pathExtension != "json" {
                let text = try String(contentsOf: url, encoding: .utf8)
                guard let doc = read(text), doc.legacy.isEmpty, doc.form.values == .dict,
                      doc.form.shape == .job || doc.form.shape == .wrapped,
                      !doc.space.subspaces.isEmpty else { continue }  // an AutoMode job has no bound to edit
                for _ in 0..<100 {
                    var edited = doc
                    let i = random.below(doc.space.subspaces.count)
                    let entries = doc.space.subspaces[i].entries
                    guard !entries.isEmpty else { continue }
                    let (id, setting) = entries[random.below(entries.count)]
                    guard let new = Self.edited(setting, &random) else { continue }
                    edited.space.subspaces[i][id] = new
                    let saved = DocumentWriter.save(edited)
                    saves += 1
                    let before = JobFileTests.lines(text), after = JobFileTests.lines(saved)
                    #expect(after.count == before.count, "\(url.lastPathComponent): \(id) = \(new)")
                    #expect(zip(before, after).filter { $0 != $1 }.count <= 1, "\(url.lastPathComponent): \(id) = \(new)")
                    #expect(read(saved)?.space.subspaces == edited.space.subspaces, "\(url.lastPathComponent)")
                }
            }
        }
        #expect(saves > 500)
    }
}

struct JobBlankLineTests {
    @Test func aRewrittenSearchSpaceKeepsTheBlankLineBetweenSubspaces() throws {
        let text = """
            task: image_classification
            search_space:
              - learning_rate:
                  type: uniform
                  min_value: 0.001
                  max_value: 0.01

              - model_name:
                  type: choice
                  values: [seresnext]
            """ + "\n"
        var doc = try DocumentReader.read(text)
        doc.space.subspaces[0][.learningRate] = .fixed(.float(0.005))  // not a scalar edit: the block is rewritten
        let saved = DocumentWriter.save(doc)
        #expect(saved.contains("  - learning_rate: 0.005\n\n  - model_name:\n"))
    }
}
