import Testing
@testable import SearchSpace
import TestSupport

/// Every fixture of our own (Fixtures/compat) and every corpus file (Fixtures/corpus) through
/// the real Azure SDK, azure-ai-ml 1.35.2, in .venv (scripts/setup-venv.sh). Without the SDK these
/// tests FAIL, saying how to install it: compatibility is never skipped silently.
struct SDKCompatibilityTests {
    func entry(_ c: CompatibilityCase) -> CompatibilityBatch.Entry? {
        switch CompatibilityBatch.shared {
        case .failure(let unavailable):
            Issue.record("The Azure SDK could not be run: \(unavailable)")
            return nil
        case .success(let batch):
            if let problem = batch.problems[c] {
                Issue.record("\(c): \(problem)")
            } else if batch.entries[c] == nil {
                // a case the batch never judged must not pass unseen
                Issue.record("\(c): the compatibility batch has no entry for this case")
            }
            return batch.entries[c]
        }
    }

    /// Files the SDK rejects as they are: the old forms sweepedit modernises, and REST payloads
    /// (the SDK's YAML schema takes no REST strings). Every other fixture must pass the SDK as is.
    static let rejectedAsWritten: Set<String> = [
        "corpus/09-cli-mc-2022-04-rest-strings.yaml", "corpus/fridge-multiclass-legacy.yml",
        "compat/legacy-job.yml", "compat/rest-camel-case.json", "compat/rest-snake-case.json",
    ]

    @Test func theSuiteHasItsFixtures() {
        #expect(CompatibilityCase.all.filter { $0.folder == "corpus" }.count >= 8)
        #expect(CompatibilityCase.all.filter { $0.folder == "compat" }.count >= 9)
    }

    @Test(arguments: CompatibilityCase.all)
    func theSDKJudgesTheFileAsExpected(_ c: CompatibilityCase) {
        guard let entry = entry(c) else { return }
        if Self.rejectedAsWritten.contains(c.description) {
            #expect(!entry.original.accepted, "\(c) was expected to be rejected by the SDK")
            #expect(!entry.document.legacy.isEmpty || entry.document.form.values == .rest,
                    "\(c): the SDK rejects it, so sweepedit must say why (a legacy note) or read it as REST")
        } else {
            #expect(entry.original.accepted, "\(c): \(entry.original.error ?? "")")
        }
    }

    @Test(arguments: CompatibilityCase.all)
    func ourRestExportEqualsTheSDKsStrings(_ c: CompatibilityCase) {
        guard let entry = entry(c), let sdk = entry.original.rest else { return }
        #expect(entry.ourRest == sdk, "\(c)")
    }

    @Test(arguments: CompatibilityCase.all)
    func ourExportsAreAcceptedAndMeanTheSame(_ c: CompatibilityCase) {
        guard let entry = entry(c) else { return }
        for format in [ExportFormat.yaml, .json, .job, .python] {
            guard let verdict = entry.exports[format] else {
                Issue.record("\(c): no verdict for the \(format) export")
                continue
            }
            #expect(verdict.error == nil, "\(c) as \(format): the SDK rejects it: \(verdict.error ?? "")")
            #expect(verdict.rest == entry.ourRest, "\(c) as \(format): the SDK reads another space")
            if entry.original.accepted, format != .job, format != .python {
                #expect(verdict.rest == entry.original.rest, "\(c) as \(format)")
            }
        }
    }

    /// The job export carries the sweep settings: those the file had, or the skeleton's.
    @Test(arguments: CompatibilityCase.all)
    func theJobExportKeepsTheSweepSettings(_ c: CompatibilityCase) {
        guard let entry = entry(c) else { return }
        guard let facts = entry.exports[.job]?.job else {
            Issue.record("\(c): the SDK told nothing of the job export's sweep settings")
            return
        }
        let job = entry.document.space.job
        #expect(facts.task == job.task.rawValue.replacingOccurrences(of: "_", with: ""), "\(c)")
        // an AutoMode job has no sweep: Azure picks the trials, and the export keeps it so
        #expect(facts.samplingAlgorithm == (entry.document.isAutoMode ? nil : job.samplingAlgorithm.rawValue), "\(c)")
        #expect(facts.maxTrials == (job.maxTrials ?? 10), "\(c)")
        #expect(facts.maxConcurrentTrials == (job.maxConcurrentTrials ?? 2), "\(c)")
        #expect((facts.earlyTermination != nil) == job.hasEarlyTermination, "\(c)")
    }

    /// The Python export builds the same job as the job YAML export: the SDK reads the same
    /// sweep settings, limits and fixed training parameters from both (and, for a file the SDK
    /// takes as it is, the same training parameters as from the file).
    @Test(arguments: CompatibilityCase.all)
    func thePythonExportBuildsTheJobOfTheJobExport(_ c: CompatibilityCase) {
        guard let entry = entry(c) else { return }
        guard let python = entry.exports[.python]?.job, let job = entry.exports[.job]?.job else {
            let error = entry.exports[.python]?.error ?? ""
            Issue.record("\(c): the SDK told nothing of the python or job export's settings: \(error)")
            return
        }
        #expect(python == job, "\(c)")
        if entry.original.accepted, entry.document.form.shape == .job, let original = entry.original.job {
            #expect(python.trainingParameters == original.trainingParameters, "\(c)")
        }
    }

    /// What each file the SDK rejects MEANT, written out by hand from the old file as the SDK's
    /// REST strings (its expressions without the spaces, keys and names modernised). The SDK's
    /// reading of our modern output must be exactly this, and so must the sweep limits.
    static let oldMeanings: [String: (rest: [[String: String]], maxTrials: Int?, maxConcurrent: Int?)] = {
        let fridge: [[String: String]] = [
            ["learning_rate": "uniform(0.001,0.01)", "model_name": "choice('vitb16r224','vits16r224')",
             "number_of_epochs": "choice(15,30)"],
            ["layers_to_freeze": "choice(0,2)", "learning_rate": "uniform(0.001,0.01)",
             "model_name": "choice('seresnext','resnet50')"],
        ]
        return [
            "corpus/09-cli-mc-2022-04-rest-strings.yaml": (fridge, nil, nil),
            "corpus/fridge-multiclass-legacy.yml": (fridge, 10, 2),
            "compat/legacy-job.yml": ([
                ["gradient_accumulation_step": "choice(1,2,4)", "learning_rate": "loguniform(-9.21,-4.6)",
                 "model_name": "choice('vitb16r224','vits16r224')", "momentum": "normal(0.9,0.02)",
                 "optimizer": "choice('sgd','adamw')"],
                ["model_name": "seresnext", "number_of_epochs": "quniform(10,30,5)",
                 "weight_decay": "uniform(0.0001,0.001)"],
            ], 25, 5),
            "compat/rest-camel-case.json": ([
                ["model_name": "choice('vitb16r224','vits16r224')", "learning_rate": "uniform(0.001,0.01)",
                 "step_lr_gamma": "uniform(0.1,0.5)", "step_lr_step_size": "choice(2,5)",
                 "warmup_cosine_lr_cycles": "0.45", "warmup_cosine_lr_warmup_epochs": "2",
                 "learning_rate_scheduler": "step", "number_of_epochs": "choice(0,2)", "ams_gradient": "True"],
                ["model_name": "choice('a,b','f(x) y')", "layers_to_freeze": "randint(3)"],
            ], nil, nil),
            "compat/rest-snake-case.json": ([
                ["learning_rate": "loguniform(-9.21,-2.3)", "model_name": "choice('seresnext','resnet50')",
                 "number_of_epochs": "qnormal(20,5,1)", "optimizer": "sgd", "momentum": "0.9", "nesterov": "False",
                 "weight_decay": "qloguniform(-9,-4,0.0001)"],
            ], nil, nil),
        ]
    }()

    @Test(arguments: CompatibilityCase.all.filter { rejectedAsWritten.contains($0.description) })
    func modernOutputOfAnOldFileMeansWhatTheOldFileMeant(_ c: CompatibilityCase) throws {
        guard let entry = entry(c) else { return }
        let meaning = try #require(Self.oldMeanings[c.description], "write down what \(c) means")
        for format in [ExportFormat.yaml, .json, .job, .python] {
            #expect(entry.exports[format]?.rest == meaning.rest, "\(c) as \(format)")
        }
        if let maxTrials = meaning.maxTrials {
            #expect(entry.exports[.job]?.job?.maxTrials == maxTrials, "\(c)")
            #expect(entry.exports[.job]?.job?.maxConcurrentTrials == meaning.maxConcurrent, "\(c)")
        }
    }
}
